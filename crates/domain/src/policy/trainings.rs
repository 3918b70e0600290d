//! Who may organise training courses, read them and take attendance.

use super::{Actor, Reach, can_write};
use crate::{Role, UnitLevel, UserId};

/// The Justice Office organises courses for its city and any unit in it, a
/// ward's official for the ward; the administrator anywhere.
pub fn can_manage_course(actor: &Actor, course_reach: Reach, course_level: UnitLevel) -> bool {
    if actor.is_admin() {
        return true;
    }
    can_write(actor)
        && course_reach == Reach::Within
        && match actor.role {
            Role::CityJustice => true,
            Role::WardOfficial => course_level == UnitLevel::Commune,
            _ => false,
        }
}

/// A course is read in the organiser's scope (partners and the province
/// included) and by the units it is meant for: a ward reads the city's
/// course for its mediators, a sibling ward not meant by it does not.
pub fn can_read_course(actor: &Actor, course_reach: Reach, meant_for_caller: bool) -> bool {
    actor.is_admin() || course_reach == Reach::Within || meant_for_caller
}

/// Attendance is taken by the course's organisers and by a trainer of the
/// session (a user named among its trainers).
pub fn can_take_attendance(
    actor: &Actor,
    manages_course: bool,
    trainers: &[Option<UserId>],
) -> bool {
    manages_course
        || (can_write(actor)
            && matches!(actor.principal, super::Principal::User(id) if trainers.contains(&Some(id))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Principal;
    use crate::{ApiClientId, UnitId};

    fn actor(role: Role, user: i64) -> Actor {
        Actor {
            principal: Principal::User(UserId(user)),
            role,
            unit_id: UnitId(1),
            organisation_id: None,
        }
    }

    #[test]
    fn the_justice_office_and_a_ward_organise_within_their_units() {
        let city = actor(Role::CityJustice, 1);
        let ward = actor(Role::WardOfficial, 2);
        assert!(can_manage_course(&city, Reach::Within, UnitLevel::District));
        assert!(can_manage_course(&city, Reach::Within, UnitLevel::Commune));
        assert!(!can_manage_course(
            &city,
            Reach::Outside,
            UnitLevel::District
        ));
        assert!(can_manage_course(&ward, Reach::Within, UnitLevel::Commune));
        assert!(!can_manage_course(&ward, Reach::Above, UnitLevel::District));
        assert!(!can_manage_course(&ward, Reach::Within, UnitLevel::Village));
        let partner = actor(Role::LegalPartner, 3);
        assert!(!can_manage_course(
            &partner,
            Reach::Within,
            UnitLevel::District
        ));
        assert!(can_manage_course(
            &actor(Role::Admin, 4),
            Reach::Outside,
            UnitLevel::Province
        ));
    }

    #[test]
    fn a_course_is_read_in_the_organisers_scope_and_by_the_units_it_is_meant_for() {
        let ward = actor(Role::WardOfficial, 2);
        assert!(can_read_course(&ward, Reach::Within, false));
        assert!(can_read_course(&ward, Reach::Above, true));
        assert!(!can_read_course(&ward, Reach::Above, false));
        assert!(!can_read_course(&ward, Reach::Outside, false));
    }

    #[test]
    fn a_trainer_of_the_session_takes_attendance() {
        let trainer = actor(Role::LegalPartner, 7);
        assert!(can_take_attendance(
            &trainer,
            false,
            &[None, Some(UserId(7))]
        ));
        assert!(!can_take_attendance(&trainer, false, &[Some(UserId(8))]));
        assert!(can_take_attendance(&actor(Role::CityJustice, 1), true, &[]));
        let client = Actor {
            principal: Principal::Client(ApiClientId(7)),
            ..trainer
        };
        assert!(!can_take_attendance(&client, false, &[Some(UserId(7))]));
    }
}
