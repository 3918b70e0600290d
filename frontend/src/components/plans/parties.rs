use hgcs_domain::api::plans::Party;
use hgcs_domain::plan::PartyRole;

/// The plan's words for the parties in one role, joined as the plan
/// writes them: "Phòng Tư pháp, Ủy ban nhân dân phường, xã".
pub fn names(parties: &[Party], role: PartyRole) -> String {
    parties
        .iter()
        .filter(|party| party.role == role)
        .map(party_name)
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn party_name(party: &Party) -> String {
    if !party.label.trim().is_empty() {
        return party.label.clone();
    }
    party
        .organisation
        .as_ref()
        .map(|org| org.name.clone())
        .unwrap_or_default()
}
