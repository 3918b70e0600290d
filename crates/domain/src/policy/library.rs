//! Who publishes to the legal library and who reads what is not yet (or no
//! longer) published.

use super::{Actor, Reach, can_write};
use crate::{Role, UnitLevel};

/// The Justice Office and the city's departments publish for their city;
/// the administrator anywhere.
pub fn can_publish_library(actor: &Actor, unit_reach: Reach, unit_level: UnitLevel) -> bool {
    actor.is_admin()
        || (can_write(actor)
            && matches!(actor.role, Role::CityJustice | Role::CityDepartment)
            && unit_reach == Reach::Within
            && unit_level == UnitLevel::District)
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
    fn the_city_publishes_and_the_ward_reads() {
        for role in [Role::CityJustice, Role::CityDepartment] {
            assert!(can_publish_library(
                &actor(role),
                Reach::Within,
                UnitLevel::District
            ));
            assert!(!can_publish_library(
                &actor(role),
                Reach::Outside,
                UnitLevel::District
            ));
            assert!(!can_publish_library(
                &actor(role),
                Reach::Within,
                UnitLevel::Commune
            ));
        }
        for role in [Role::WardOfficial, Role::FrontPartner, Role::Province] {
            assert!(!can_publish_library(
                &actor(role),
                Reach::Within,
                UnitLevel::District
            ));
        }
    }
}
