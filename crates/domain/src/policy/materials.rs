//! Who prints material sets, hands them out and confirms their receipt.

use super::{Actor, Reach, can_write};
use crate::{Role, UnitLevel};

/// The Justice Office prints the city's material sets and hands them out;
/// the administrator anywhere.
pub fn can_print_materials(actor: &Actor, unit_reach: Reach, unit_level: UnitLevel) -> bool {
    actor.is_admin()
        || (can_write(actor)
            && actor.role == Role::CityJustice
            && unit_reach == Reach::Within
            && unit_level == UnitLevel::District)
}

/// A ward's official confirms that the copies handed to the ward (or one
/// of its teams) arrived.
pub fn can_confirm_receipt(actor: &Actor, delivery_reach: Reach) -> bool {
    can_write(actor) && actor.role == Role::WardOfficial && delivery_reach == Reach::Within
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
    fn the_justice_office_prints_and_the_ward_confirms() {
        let city = actor(Role::CityJustice);
        let ward = actor(Role::WardOfficial);
        assert!(can_print_materials(
            &city,
            Reach::Within,
            UnitLevel::District
        ));
        assert!(!can_print_materials(
            &city,
            Reach::Within,
            UnitLevel::Commune
        ));
        assert!(!can_print_materials(
            &ward,
            Reach::Within,
            UnitLevel::District
        ));
        assert!(can_confirm_receipt(&ward, Reach::Within));
        assert!(!can_confirm_receipt(&ward, Reach::Outside));
        assert!(!can_confirm_receipt(&city, Reach::Within));
    }
}
