//! Every word the interface shows, in Vietnamese and English. `text` is one
//! exhaustive match over `Msg` yielding a (vi, en) pair, so a key without
//! both translations does not compile. Error codes, roles and unit levels
//! are translated by the domain crate (`ErrorCode::title`, `Role::label`,
//! `UnitLevel::label`).
//!
//! The mediation screens' words live in [`mediation`] (`Med`), wrapped
//! here as `Msg::Med`; those of records, imports, questions and pay in
//! [`records`] (`Rec`), wrapped as `Msg::Rec`; every part stays an
//! exhaustive match.

mod mediation;
mod plans;
mod records;

pub use mediation::Med;
pub use plans::Pl;
pub use records::Rec;

use hgcs_domain::Lang;

use leptos::prelude::Get;

use crate::state::use_lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    AppName,
    SkipToContent,
    MainMenu,
    Language,
    Breadcrumb,
    // Navigation
    NavDashboard,
    NavUnits,
    NavUsers,
    NavAudit,
    // Sign-in
    LoginIntro,
    Username,
    Password,
    SignIn,
    SigningIn,
    Logout,
    // Common
    Loading,
    Search,
    Clear,
    Cancel,
    Yes,
    No,
    Unknown,
    LoadMore,
    DateHint,
    DateInvalid,
    AdminOnly,
    ErrorNetwork,
    ErrorStatus,
    ErrorDecode,
    NotFoundTitle,
    NotFoundText,
    BackHome,
    // Dashboard and units
    Hello,
    Role,
    Organisation,
    YourUnit,
    ChildUnits,
    Reorganisation,
    NoReorganisation,
    NoUnits,
    ColName,
    ColCode,
    ColLevel,
    ColValidFrom,
    ColValidTo,
    StillValid,
    EthnicMinorityArea,
    SearchUnits,
    SearchHint,
    ValidOn,
    // Users
    UserList,
    SearchUsers,
    AllRoles,
    NoUsers,
    DisplayName,
    Unit,
    Status,
    Actions,
    Active,
    Disabled,
    Disable,
    Enable,
    ResetPassword,
    NewPassword,
    PasswordRule,
    CreateUser,
    ChooseRole,
    ChooseUnit,
    FilterUnits,
    NoOrganisation,
    UserCreated,
    UserDisabled,
    UserEnabled,
    PasswordReset,
    // Audit log
    Time,
    Actor,
    Action,
    Entity,
    EntityId,
    Address,
    Details,
    FromDate,
    ToDate,
    NoEntries,
    /// Plans, tasks, due lists, pilots and commendations (`i18n/plans.rs`).
    Pl(Pl),
    /// Teams, mediators and cases (`i18n/mediation.rs`).
    Med(Med),
    /// Records, imports, questions and pay (`i18n/records.rs`).
    Rec(Rec),
}

impl From<Med> for Msg {
    fn from(msg: Med) -> Self {
        Msg::Med(msg)
    }
}

impl From<Pl> for Msg {
    fn from(msg: Pl) -> Self {
        Msg::Pl(msg)
    }
}

impl From<Rec> for Msg {
    fn from(msg: Rec) -> Self {
        Msg::Rec(msg)
    }
}

pub fn text(lang: Lang, msg: impl Into<Msg>) -> &'static str {
    use Msg::*;
    let (vi, en) = match msg.into() {
        AppName => ("Hòa giải ở cơ sở", "Grassroots mediation"),
        SkipToContent => ("Chuyển đến nội dung chính", "Skip to main content"),
        MainMenu => ("Danh mục chính", "Main menu"),
        Language => ("Ngôn ngữ", "Language"),
        Breadcrumb => ("Vị trí", "You are here"),
        NavDashboard => ("Tổng quan", "Overview"),
        NavUnits => ("Đơn vị hành chính", "Administrative units"),
        NavUsers => ("Người dùng", "Users"),
        NavAudit => ("Nhật ký hệ thống", "Audit log"),
        LoginIntro => (
            "Đăng nhập bằng tài khoản được cấp.",
            "Sign in with the account you were given.",
        ),
        Username => ("Tên đăng nhập", "Username"),
        Password => ("Mật khẩu", "Password"),
        SignIn => ("Đăng nhập", "Sign in"),
        SigningIn => ("Đang đăng nhập…", "Signing in…"),
        Logout => ("Đăng xuất", "Sign out"),
        Loading => ("Đang tải…", "Loading…"),
        Search => ("Tìm kiếm", "Search"),
        Clear => ("Xóa bộ lọc", "Clear filters"),
        Cancel => ("Hủy", "Cancel"),
        Yes => ("Có", "Yes"),
        No => ("Không", "No"),
        Unknown => ("Chưa rõ", "Unknown"),
        LoadMore => ("Tải thêm", "Load more"),
        DateHint => (
            "Nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2025",
            "Type day/month/year, e.g. 01/07/2025",
        ),
        DateInvalid => ("Ngày không hợp lệ", "This is not a valid date"),
        AdminOnly => (
            "Chỉ quản trị hệ thống được xem trang này.",
            "Only system administrators can open this page.",
        ),
        ErrorNetwork => (
            "Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.",
            "Cannot reach the server. Check the connection and try again.",
        ),
        ErrorStatus => ("Máy chủ trả về lỗi", "The server answered with an error"),
        ErrorDecode => (
            "Không đọc được dữ liệu máy chủ trả về",
            "The server's answer could not be read",
        ),
        NotFoundTitle => ("Không tìm thấy trang", "Page not found"),
        NotFoundText => (
            "Địa chỉ này không có trong hệ thống.",
            "There is no page at this address.",
        ),
        BackHome => ("Về trang Tổng quan", "Back to the overview"),
        Hello => ("Xin chào", "Hello"),
        Role => ("Vai trò", "Role"),
        Organisation => ("Cơ quan, tổ chức", "Organisation"),
        YourUnit => ("Đơn vị của bạn", "Your unit"),
        ChildUnits => ("Đơn vị trực thuộc", "Units below"),
        Reorganisation => ("Sắp xếp đơn vị hành chính", "Reorganisation"),
        NoReorganisation => (
            "Không có thay đổi do sắp xếp đơn vị hành chính.",
            "No reorganisation affects this unit.",
        ),
        NoUnits => ("Không có đơn vị nào.", "No units."),
        ColName => ("Tên", "Name"),
        ColCode => ("Mã", "Code"),
        ColLevel => ("Cấp", "Level"),
        ColValidFrom => ("Hiệu lực từ", "Valid from"),
        ColValidTo => ("Hiệu lực đến", "Valid to"),
        StillValid => ("còn hiệu lực", "in force"),
        EthnicMinorityArea => ("Vùng đồng bào dân tộc thiểu số", "Ethnic minority area"),
        SearchUnits => ("Tên hoặc mã đơn vị", "Unit name or code"),
        SearchHint => (
            "Có thể gõ không dấu, ví dụ \"de tham\".",
            "Accents are optional, e.g. \"de tham\".",
        ),
        ValidOn => ("Còn hiệu lực vào ngày", "In force on"),
        UserList => ("Danh sách tài khoản", "Accounts"),
        SearchUsers => ("Tên đăng nhập hoặc họ tên", "Username or name"),
        AllRoles => ("Tất cả vai trò", "All roles"),
        NoUsers => ("Không có tài khoản nào.", "No accounts."),
        DisplayName => ("Họ và tên", "Full name"),
        Unit => ("Đơn vị", "Unit"),
        Status => ("Trạng thái", "Status"),
        Actions => ("Thao tác", "Actions"),
        Active => ("Đang hoạt động", "Active"),
        Disabled => ("Đã khóa từ", "Disabled since"),
        Disable => ("Khóa", "Disable"),
        Enable => ("Mở khóa", "Enable"),
        ResetPassword => ("Đặt lại mật khẩu", "Reset password"),
        NewPassword => ("Mật khẩu mới", "New password"),
        PasswordRule => (
            "Mật khẩu dài 10–128 ký tự và khác tên đăng nhập.",
            "Passwords are 10–128 characters and differ from the username.",
        ),
        CreateUser => ("Tạo tài khoản", "Create account"),
        ChooseRole => ("— Chọn vai trò —", "— Choose a role —"),
        ChooseUnit => ("— Chọn đơn vị —", "— Choose a unit —"),
        FilterUnits => ("Lọc danh sách đơn vị", "Narrow the unit list"),
        NoOrganisation => ("— Không chọn —", "— None —"),
        UserCreated => ("Đã tạo tài khoản", "Account created:"),
        UserDisabled => ("Đã khóa tài khoản", "Account disabled:"),
        UserEnabled => ("Đã mở khóa tài khoản", "Account enabled:"),
        PasswordReset => ("Đã đặt lại mật khẩu cho tài khoản", "Password reset for"),
        Time => ("Thời gian", "Time"),
        Actor => ("Người thực hiện", "By"),
        Action => ("Thao tác", "Action"),
        Entity => ("Đối tượng", "Record type"),
        EntityId => ("Mã bản ghi", "Record id"),
        Address => ("Địa chỉ IP", "IP address"),
        Details => ("Chi tiết", "Details"),
        FromDate => ("Từ ngày", "From"),
        ToDate => ("Đến ngày", "To"),
        NoEntries => ("Không có mục nào.", "No entries."),
        Pl(msg) => plans::pair(msg),
        Med(msg) => mediation::pair(msg),
        Rec(msg) => records::pair(msg),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A text that follows the language switch, for use in views.
pub fn tr(msg: impl Into<Msg>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    let msg = msg.into();
    move || text(lang.get(), msg)
}

/// "try again in N seconds", after a 429.
pub fn retry_in(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::Vi => format!("Vui lòng thử lại sau {seconds} giây."),
        Lang::En => format!("Try again in {seconds} seconds."),
    }
}

/// The words before a reorganised unit's name.
pub fn link_before(lang: Lang, successor: bool) -> &'static str {
    match (lang, successor) {
        (Lang::Vi, true) => "Sáp nhập vào ",
        (Lang::En, true) => "Merged into ",
        (Lang::Vi, false) => "Tiếp nhận ",
        (Lang::En, false) => "Took over ",
    }
}

/// The words after it: the day the change took effect.
pub fn link_after(lang: Lang, day: &str) -> String {
    match lang {
        Lang::Vi => format!(" từ {day}"),
        Lang::En => format!(" from {day}"),
    }
}

pub fn count_found(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Vi => format!("Tìm thấy {count} đơn vị"),
        Lang::En if count == 1 => "1 unit found".to_owned(),
        Lang::En => format!("{count} units found"),
    }
}

/// A notice about one account, e.g. "Đã tạo tài khoản nguyenvana".
pub fn about_user(lang: Lang, msg: Msg, username: &str) -> String {
    format!("{} {username}", text(lang, msg))
}
