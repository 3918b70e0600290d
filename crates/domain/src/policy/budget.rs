//! Who reads a plan's budget and who keeps it.

use super::{Actor, Reach, can_manage_plan};
use crate::{Role, UnitId};

/// A plan's budget is read within the scope of the plan's unit by those
/// who account for public money or watch over it: the Justice Office
/// (the city's plans and its wards'), the ward official (the ward's), the
/// Front that supervises the work, the province; the administrator
/// everywhere. A ward does not read the city's budget, nor a sibling's.
pub fn can_read_budget(actor: &Actor, plan_reach: Reach) -> bool {
    actor.is_admin()
        || (plan_reach == Reach::Within
            && matches!(
                actor.role,
                Role::CityJustice | Role::WardOfficial | Role::FrontPartner | Role::Province
            ))
}

/// The budget is kept by whoever manages the plan.
pub fn can_manage_budget(actor: &Actor, plan_unit: UnitId) -> bool {
    can_manage_plan(actor, plan_unit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UserId;
    use crate::policy::Principal;

    fn actor(role: Role) -> Actor {
        Actor {
            principal: Principal::User(UserId(1)),
            role,
            unit_id: UnitId(7),
            organisation_id: None,
        }
    }

    #[test]
    fn the_budget_is_read_within_scope_and_kept_by_the_plans_manager() {
        let ward = actor(Role::WardOfficial);
        assert!(can_read_budget(&ward, Reach::Within));
        assert!(!can_read_budget(&ward, Reach::Above));
        assert!(!can_read_budget(&ward, Reach::Outside));
        assert!(can_read_budget(&actor(Role::FrontPartner), Reach::Within));
        assert!(!can_read_budget(&actor(Role::TeamLeader), Reach::Within));
        assert!(!can_read_budget(&actor(Role::LegalPartner), Reach::Within));
        assert!(can_read_budget(&actor(Role::Admin), Reach::Outside));
        assert!(can_manage_budget(&ward, UnitId(7)));
        assert!(!can_manage_budget(&ward, UnitId(8)));
        assert!(!can_manage_budget(&actor(Role::FrontPartner), UnitId(7)));
    }
}
