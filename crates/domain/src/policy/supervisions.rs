//! Who records supervision (giám sát), who reads it and who answers.

use super::{Actor, Reach, can_write};
use crate::Role;

/// The Fatherland Front and its member organisations supervise the work
/// of the units in their scope: their own unit and those below it.
pub fn can_supervise(actor: &Actor, subject_reach: Reach) -> bool {
    can_write(actor) && actor.role == Role::FrontPartner && subject_reach == Reach::Within
}

/// Whether the actor reads supervisions at all: the administrator, the
/// Front, the ward officials and the Justice Office.
pub fn reads_supervisions(actor: &Actor) -> bool {
    actor.is_admin()
        || matches!(
            actor.role,
            Role::FrontPartner | Role::WardOfficial | Role::CityJustice
        )
}

/// A supervision is read within the scope of the supervised unit: the
/// Front that made it (or the Front above it), the ward whose work it
/// looked at and the Justice Office of the city; never a sibling ward.
pub fn can_read_supervision(actor: &Actor, unit_reach: Reach) -> bool {
    actor.is_admin() || (reads_supervisions(actor) && unit_reach == Reach::Within)
}

/// The ward official answers for the ward's work and its teams, the
/// Justice Office for the city's and its wards'.
pub fn can_answer_supervision(actor: &Actor, unit_reach: Reach) -> bool {
    can_write(actor)
        && unit_reach == Reach::Within
        && matches!(actor.role, Role::WardOfficial | Role::CityJustice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Principal;
    use crate::{UnitId, UserId};

    fn actor(role: Role) -> Actor {
        Actor {
            principal: Principal::User(UserId(1)),
            role,
            unit_id: UnitId(1),
            organisation_id: None,
        }
    }

    #[test]
    fn the_front_records_the_ward_answers_and_a_sibling_reads_nothing() {
        let front = actor(Role::FrontPartner);
        let ward = actor(Role::WardOfficial);
        let city = actor(Role::CityJustice);
        let leader = actor(Role::TeamLeader);
        assert!(can_supervise(&front, Reach::Within));
        assert!(!can_supervise(&front, Reach::Above));
        assert!(!can_supervise(&ward, Reach::Within));
        assert!(can_read_supervision(&front, Reach::Within));
        assert!(can_read_supervision(&ward, Reach::Within));
        assert!(!can_read_supervision(&ward, Reach::Outside));
        assert!(!can_read_supervision(&ward, Reach::Above));
        assert!(!can_read_supervision(&leader, Reach::Within));
        assert!(can_answer_supervision(&ward, Reach::Within));
        assert!(can_answer_supervision(&city, Reach::Within));
        assert!(!can_answer_supervision(&front, Reach::Within));
        assert!(!can_answer_supervision(&ward, Reach::Above));
    }
}
