//! Imports of registers.

string_enum! {
    pub enum ImportStatus {
        Checked => "checked",
        Committing => "committing",
        Done => "done",
        Failed => "failed",
    }
}
