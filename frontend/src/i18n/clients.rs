//! Words of the administrator's page of machine clients. One exhaustive
//! match, like `CommonText`.

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientText {
    NavClients,
    Intro,
    List,
    None,
    Name,
    ClientId,
    Province,
    Created,
    LastCalled,
    NeverCalled,
    State,
    Disable,
    Disabled,
    DisabledOn,
    Create,
    SecretTitle,
    SecretOnce,
    Secret,
}

impl Words for ClientText {
    fn pair(self) -> (&'static str, &'static str) {
        use ClientText::*;
        match self {
            NavClients => ("Ứng dụng kết nối", "API clients"),
            Intro => (
                "Hệ thống của Sở Tư pháp đọc báo cáo và số liệu qua API bằng tài khoản ứng dụng (chỉ đọc).",
                "The provincial Justice Department's system reads reports and figures through the API with a client account (read only).",
            ),
            List => ("Danh sách ứng dụng", "Clients"),
            None => ("Chưa có ứng dụng nào.", "No clients yet."),
            Name => ("Tên ứng dụng", "Name"),
            ClientId => ("Mã ứng dụng (client_id)", "Client id"),
            Province => ("Tỉnh được đọc số liệu", "Province it reads"),
            Created => ("Ngày tạo", "Created"),
            LastCalled => ("Lần gọi gần nhất", "Last call"),
            NeverCalled => ("Chưa gọi lần nào", "Never called"),
            State => ("Trạng thái", "State"),
            Disable => ("Khóa", "Disable"),
            Disabled => ("Đã khóa ứng dụng", "Client disabled"),
            DisabledOn => ("Đã khóa từ", "Disabled since"),
            Create => ("Tạo ứng dụng", "Create a client"),
            SecretTitle => ("Khóa bí mật của ứng dụng", "The client's secret"),
            SecretOnce => (
                "Sao chép và giao khóa này cho đơn vị vận hành ngay bây giờ: hệ thống chỉ lưu bản băm và không hiển thị lại.",
                "Copy this secret and hand it over now: only its hash is stored and it is never shown again.",
            ),
            Secret => ("Khóa bí mật (client_secret)", "Secret"),
        }
    }
}
