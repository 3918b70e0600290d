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

/// The court, the procuracy and the Lawyers' Association record the
/// trainers and materials they supply to the mediators of units in their
/// scope.
pub fn can_record_support(actor: &Actor, unit_reach: Reach) -> bool {
    can_write(actor) && actor.role == Role::LegalPartner && unit_reach == Reach::Within
}

/// Who reads what legal partners supplied: the administrator everywhere,
/// the Justice Office and ward officials within their scope, a legal
/// partner only what it (or its organisation) recorded.
pub fn reads_support(actor: &Actor) -> bool {
    actor.is_admin()
        || matches!(
            actor.role,
            Role::LegalPartner | Role::WardOfficial | Role::CityJustice
        )
}

/// Whether the actor reads only the support it recorded itself.
pub fn reads_own_support_only(actor: &Actor) -> bool {
    actor.role == Role::LegalPartner
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

    #[test]
    fn legal_partners_record_support_and_read_their_own() {
        let lawyer = actor(Role::LegalPartner);
        let front = actor(Role::FrontPartner);
        assert!(can_record_support(&lawyer, Reach::Within));
        assert!(!can_record_support(&lawyer, Reach::Above));
        assert!(!can_record_support(&front, Reach::Within));
        assert!(reads_support(&lawyer) && reads_own_support_only(&lawyer));
        assert!(reads_support(&actor(Role::CityJustice)));
        assert!(!reads_own_support_only(&actor(Role::CityJustice)));
        assert!(!reads_support(&front));
    }
}
