//! Words of the legal library screens and of search.

use hgcs_domain::api::library::{LibraryKind, LibraryState};
use hgcs_domain::api::search::HitKind;

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryText {
    NavLibrary,
    Intro,
    PublicPage,
    Items,
    NoItems,
    NewItem,
    EditItem,
    SaveItem,
    Edit,
    Cancel,
    Kind,
    ChooseKind,
    Title,
    Issuer,
    Number,
    IssuedOn,
    Summary,
    Tags,
    Link,
    State,
    Publish,
    Withdraw,
    Search,
    SearchHint,
    NoResults,
    TaskLibrary,
    Published,
    Drafts,
}

impl Words for LibraryText {
    fn pair(self) -> (&'static str, &'static str) {
        use LibraryText::*;
        match self {
            NavLibrary => ("Thư viện pháp luật", "Legal library"),
            Intro => (
                "Văn bản pháp luật, kế hoạch, sổ tay, hỏi đáp và video về hòa giải ở cơ sở. Tài liệu đã công bố hiện với mọi phường, xã và trên trang công khai.",
                "Laws, plans, handbooks, Q&A and videos on grassroots mediation. Published items show to every ward and on the public page.",
            ),
            PublicPage => ("Trang công khai", "Public page"),
            Items => ("Tài liệu", "Items"),
            NoItems => ("Chưa có tài liệu nào.", "No item yet."),
            NewItem => ("Thêm tài liệu", "Add an item"),
            EditItem => ("Sửa tài liệu", "Edit the item"),
            SaveItem => ("Lưu tài liệu", "Save the item"),
            Edit => ("Sửa", "Edit"),
            Cancel => ("Hủy", "Cancel"),
            Kind => ("Loại", "Kind"),
            ChooseKind => ("Chọn loại", "Choose a kind"),
            Title => ("Tiêu đề", "Title"),
            Issuer => ("Cơ quan ban hành", "Issued by"),
            Number => ("Số, ký hiệu", "Number"),
            IssuedOn => ("Ngày ban hành", "Issued on"),
            Summary => ("Tóm tắt", "Summary"),
            Tags => (
                "Từ khóa (cách nhau bởi dấu phẩy)",
                "Tags (separated by commas)",
            ),
            Link => ("Đường dẫn (văn bản, video)", "Link (text, video)"),
            State => ("Trạng thái", "State"),
            Publish => ("Công bố", "Publish"),
            Withdraw => ("Thu hồi", "Withdraw"),
            Search => ("Tìm kiếm", "Search"),
            SearchHint => (
                "Tìm trong thư viện, câu hỏi và lớp tập huấn; gõ có dấu hoặc không dấu.",
                "Search the library, questions and courses, with or without accents.",
            ),
            NoResults => ("Không tìm thấy kết quả phù hợp.", "Nothing found."),
            TaskLibrary => (
                "Tài liệu đã công bố (II.3.a)",
                "Published materials (II.3.a)",
            ),
            Published => ("Đã công bố", "Published"),
            Drafts => ("Chưa công bố", "Not published"),
        }
    }
}

/// The words of a kind of document.
pub fn kind_label(kind: LibraryKind) -> super::Label {
    KindText(kind).into()
}

#[derive(Debug, Clone, Copy)]
struct KindText(LibraryKind);

impl Words for KindText {
    fn pair(self) -> (&'static str, &'static str) {
        (
            self.0.label(hgcs_domain::Lang::Vi),
            self.0.label(hgcs_domain::Lang::En),
        )
    }
}

#[derive(Debug, Clone, Copy)]
pub struct StateText(pub LibraryState);

impl Words for StateText {
    fn pair(self) -> (&'static str, &'static str) {
        match self.0 {
            LibraryState::Draft => ("Bản nháp", "Draft"),
            LibraryState::Published => ("Đã công bố", "Published"),
            LibraryState::Withdrawn => ("Đã thu hồi", "Withdrawn"),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct HitText(pub HitKind);

impl Words for HitText {
    fn pair(self) -> (&'static str, &'static str) {
        match self.0 {
            HitKind::LibraryItem => ("Thư viện", "Library"),
            HitKind::Question => ("Câu hỏi", "Question"),
            HitKind::Course => ("Lớp tập huấn", "Course"),
        }
    }
}
