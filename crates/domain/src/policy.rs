//! Who may do what, in one place. Handlers ask these functions; they never
//! compare roles themselves. A user's scope is their unit and everything
//! below it; the units above are visible as context (a ward sees the name of
//! its city) but their records are not.

use crate::{ApiClientId, Role, UnitId, UserId};

/// Who is asking: a signed-in person or a machine client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal {
    User(UserId),
    Client(ApiClientId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub principal: Principal,
    pub role: Role,
    pub unit_id: UnitId,
}

/// Where a unit stands relative to the actor's own unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The actor's unit or one below it.
    Within,
    /// A unit above the actor's (their district, their province).
    Above,
    /// Anything else: a sibling ward, another city.
    Outside,
}

impl Actor {
    /// `target_path` lists the target unit and its ancestors (target first),
    /// `own_path` the same for the actor's unit.
    pub fn reach(&self, target_path: &[UnitId], own_path: &[UnitId]) -> Reach {
        if target_path.contains(&self.unit_id) {
            Reach::Within
        } else if target_path
            .first()
            .is_some_and(|target| own_path.contains(target))
        {
            Reach::Above
        } else {
            Reach::Outside
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// Reference data about a unit (name, code, parent) may be read by anyone
/// whose scope touches it; the administrator sees all.
pub fn can_view_unit(actor: &Actor, reach: Reach) -> bool {
    actor.is_admin() || reach != Reach::Outside
}

pub fn can_manage_users(actor: &Actor) -> bool {
    actor.is_admin()
}

pub fn can_read_audit_log(actor: &Actor) -> bool {
    actor.is_admin()
}

/// Machine clients act for the province and only read.
pub fn can_write(actor: &Actor) -> bool {
    !actor.role.is_read_only() && matches!(actor.principal, Principal::User(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROVINCE: UnitId = UnitId(1);
    const CITY: UnitId = UnitId(2);
    const WARD_A: UnitId = UnitId(3);
    const WARD_B: UnitId = UnitId(4);
    const VILLAGE_A: UnitId = UnitId(5);

    fn actor(role: Role, unit_id: UnitId) -> Actor {
        Actor {
            principal: Principal::User(UserId(1)),
            role,
            unit_id,
        }
    }

    #[test]
    fn a_ward_reaches_its_villages_and_sees_its_city_but_not_other_wards() {
        let ward = actor(Role::WardOfficial, WARD_A);
        let own = [WARD_A, CITY, PROVINCE];
        assert_eq!(
            ward.reach(&[VILLAGE_A, WARD_A, CITY, PROVINCE], &own),
            Reach::Within
        );
        assert_eq!(ward.reach(&own, &own), Reach::Within);
        assert_eq!(ward.reach(&[CITY, PROVINCE], &own), Reach::Above);
        assert_eq!(ward.reach(&[WARD_B, CITY, PROVINCE], &own), Reach::Outside);
        assert!(!can_view_unit(&ward, Reach::Outside));
        assert!(can_view_unit(&ward, Reach::Above));
    }

    #[test]
    fn the_city_reaches_every_ward() {
        let city = actor(Role::CityJustice, CITY);
        let own = [CITY, PROVINCE];
        assert_eq!(city.reach(&[WARD_B, CITY, PROVINCE], &own), Reach::Within);
    }

    #[test]
    fn only_admins_manage_users_and_read_the_audit_log() {
        let admin = actor(Role::Admin, PROVINCE);
        assert!(can_manage_users(&admin) && can_read_audit_log(&admin));
        for &role in Role::ALL.iter().filter(|r| **r != Role::Admin) {
            let other = actor(role, PROVINCE);
            assert!(!can_manage_users(&other), "{role}");
            assert!(!can_read_audit_log(&other), "{role}");
        }
    }

    #[test]
    fn machine_clients_and_the_province_only_read() {
        let client = Actor {
            principal: Principal::Client(ApiClientId(1)),
            role: Role::Province,
            unit_id: PROVINCE,
        };
        assert!(!can_write(&client));
        assert!(!can_write(&actor(Role::Province, PROVINCE)));
        assert!(can_write(&actor(Role::WardOfficial, WARD_A)));
    }
}
