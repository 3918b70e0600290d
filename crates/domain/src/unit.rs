//! Administrative units and the organisations that sit in them (docs/domain.md §3).

use crate::Lang;

string_enum! {
    /// The tiers of Vietnamese local administration. The district tier was
    /// abolished on 01/07/2025 but stays for historical data.
    pub enum UnitLevel {
        Province => "province",
        District => "district",
        Commune => "commune",
        Village => "village",
    }
}

impl UnitLevel {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (UnitLevel::Province, Lang::Vi) => "Tỉnh/Thành phố trực thuộc TW",
            (UnitLevel::Province, Lang::En) => "Province",
            (UnitLevel::District, Lang::Vi) => "Huyện/Thành phố thuộc tỉnh",
            (UnitLevel::District, Lang::En) => "District/City",
            (UnitLevel::Commune, Lang::Vi) => "Xã/Phường",
            (UnitLevel::Commune, Lang::En) => "Commune/Ward",
            (UnitLevel::Village, Lang::Vi) => "Thôn/Tổ dân phố",
            (UnitLevel::Village, Lang::En) => "Village/Residential group",
        }
    }

    /// The level a child of this level has; a village has none.
    pub fn child(self) -> Option<UnitLevel> {
        match self {
            UnitLevel::Province => Some(UnitLevel::District),
            UnitLevel::District => Some(UnitLevel::Commune),
            UnitLevel::Commune => Some(UnitLevel::Village),
            UnitLevel::Village => None,
        }
    }
}

string_enum! {
    /// What an organisation is, which decides what its staff may be given.
    pub enum OrganisationKind {
        /// Ủy ban nhân dân of a city, ward or commune.
        PeoplesCommittee => "peoples_committee",
        /// Phòng Tư pháp.
        JusticeOffice => "justice_office",
        /// Other city offices (Văn hoá–Thông tin, Văn phòng HĐND&UBND, Đài TT–TH).
        CityDepartment => "city_department",
        /// Ủy ban MTTQ Việt Nam.
        FatherlandFront => "fatherland_front",
        /// Member organisations of the Front (women's union, veterans, …).
        FrontMember => "front_member",
        /// Tòa án nhân dân.
        Court => "court",
        /// Viện kiểm sát nhân dân.
        Procuracy => "procuracy",
        /// Hội Luật gia.
        LawyersAssociation => "lawyers_association",
        /// Sở Tư pháp.
        JusticeDepartment => "justice_department",
    }
}

impl OrganisationKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (OrganisationKind::PeoplesCommittee, Lang::Vi) => "Ủy ban nhân dân",
            (OrganisationKind::PeoplesCommittee, Lang::En) => "People's Committee",
            (OrganisationKind::JusticeOffice, Lang::Vi) => "Phòng Tư pháp",
            (OrganisationKind::JusticeOffice, Lang::En) => "Justice Office",
            (OrganisationKind::CityDepartment, Lang::Vi) => "Cơ quan chuyên môn",
            (OrganisationKind::CityDepartment, Lang::En) => "City department",
            (OrganisationKind::FatherlandFront, Lang::Vi) => "Ủy ban MTTQ Việt Nam",
            (OrganisationKind::FatherlandFront, Lang::En) => "Fatherland Front",
            (OrganisationKind::FrontMember, Lang::Vi) => "Tổ chức thành viên MTTQ",
            (OrganisationKind::FrontMember, Lang::En) => "Front member organisation",
            (OrganisationKind::Court, Lang::Vi) => "Tòa án nhân dân",
            (OrganisationKind::Court, Lang::En) => "People's Court",
            (OrganisationKind::Procuracy, Lang::Vi) => "Viện kiểm sát nhân dân",
            (OrganisationKind::Procuracy, Lang::En) => "People's Procuracy",
            (OrganisationKind::LawyersAssociation, Lang::Vi) => "Hội Luật gia",
            (OrganisationKind::LawyersAssociation, Lang::En) => "Lawyers' Association",
            (OrganisationKind::JusticeDepartment, Lang::Vi) => "Sở Tư pháp",
            (OrganisationKind::JusticeDepartment, Lang::En) => "Provincial Justice Department",
        }
    }
}
