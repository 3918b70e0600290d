//! The roles of docs/domain.md §2. A role says what kind of work a person does;
//! the unit a user belongs to says where.

use crate::{Lang, UnitLevel};

string_enum! {
    pub enum Role {
        /// System operator: users, units, configuration.
        Admin => "admin",
        /// Phòng Tư pháp staff: everything in their city.
        CityJustice => "city_justice",
        /// Other city offices: tasks assigned to them, materials.
        CityDepartment => "city_department",
        /// Công chức Tư pháp–Hộ tịch of a ward or commune: their ward only.
        WardOfficial => "ward_official",
        /// Tổ trưởng tổ hòa giải: their team's cases and logbook.
        TeamLeader => "team_leader",
        /// MTTQ and member organisations: read, coordinate, supervise.
        FrontPartner => "front_partner",
        /// Court, procuracy, Lawyers' Association: answers, training, statistics.
        LegalPartner => "legal_partner",
        /// Sở Tư pháp, usually a machine client: reads; its people also
        /// review the reports sent to the province.
        Province => "province",
    }
}

impl Role {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Role::Admin, Lang::Vi) => "Quản trị hệ thống",
            (Role::Admin, Lang::En) => "System administrator",
            (Role::CityJustice, Lang::Vi) => "Phòng Tư pháp",
            (Role::CityJustice, Lang::En) => "City Justice Office",
            (Role::CityDepartment, Lang::Vi) => "Cơ quan chuyên môn thành phố",
            (Role::CityDepartment, Lang::En) => "City department",
            (Role::WardOfficial, Lang::Vi) => "Công chức Tư pháp phường/xã",
            (Role::WardOfficial, Lang::En) => "Ward justice officer",
            (Role::TeamLeader, Lang::Vi) => "Tổ trưởng tổ hòa giải",
            (Role::TeamLeader, Lang::En) => "Mediation team leader",
            (Role::FrontPartner, Lang::Vi) => "Mặt trận Tổ quốc và đoàn thể",
            (Role::FrontPartner, Lang::En) => "Fatherland Front partner",
            (Role::LegalPartner, Lang::Vi) => "Tòa án, Viện kiểm sát, Hội Luật gia",
            (Role::LegalPartner, Lang::En) => "Legal partner",
            (Role::Province, Lang::Vi) => "Sở Tư pháp",
            (Role::Province, Lang::En) => "Provincial Justice Department",
        }
    }

    /// The unit levels a holder of this role may belong to: a ward
    /// official sits in a commune or ward, the Justice Office in a city.
    pub fn allowed_levels(self) -> &'static [UnitLevel] {
        use UnitLevel::*;
        match self {
            Role::Admin => &[Province, District, Commune, Village],
            Role::CityJustice | Role::CityDepartment => &[District],
            Role::WardOfficial => &[Commune],
            Role::TeamLeader => &[Commune, Village],
            Role::FrontPartner | Role::LegalPartner => &[Province, District, Commune],
            Role::Province => &[Province],
        }
    }

    /// Roles whose holders only read: they never change a record.
    pub fn is_read_only(self) -> bool {
        matches!(self, Role::Province)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for &role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            let json = serde_json::to_string(&role).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
        }
        assert_eq!(Role::ALL.len(), 8);
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn a_ward_official_belongs_to_a_ward() {
        assert_eq!(Role::WardOfficial.allowed_levels(), [UnitLevel::Commune]);
        assert!(
            !Role::CityJustice
                .allowed_levels()
                .contains(&UnitLevel::Commune)
        );
    }
}
