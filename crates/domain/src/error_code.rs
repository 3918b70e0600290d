//! Stable, machine-readable error codes. The API sends them in every
//! problem+json body; the SPA translates them, so the wording can change
//! without breaking a client.

use crate::Lang;

string_enum! {
    pub enum ErrorCode {
        InvalidJson => "invalid_json",
        InvalidQuery => "invalid_query",
        ValidationFailed => "validation_failed",
        Unauthenticated => "unauthenticated",
        TokenExpired => "token_expired",
        InvalidToken => "invalid_token",
        InvalidCredentials => "invalid_credentials",
        AccountDisabled => "account_disabled",
        PasswordChangeRequired => "password_change_required",
        Forbidden => "forbidden",
        CrossSiteRequest => "cross_site_request",
        NotFound => "not_found",
        MethodNotAllowed => "method_not_allowed",
        Conflict => "conflict",
        PreconditionFailed => "precondition_failed",
        PreconditionRequired => "precondition_required",
        IdempotencyKeyReused => "idempotency_key_reused",
        RequestInProgress => "request_in_progress",
        PayloadTooLarge => "payload_too_large",
        UnsupportedMediaType => "unsupported_media_type",
        TooManyRequests => "too_many_requests",
        ServiceUnavailable => "service_unavailable",
        RequestTimeout => "request_timeout",
        InternalError => "internal_error",
    }
}

impl ErrorCode {
    /// A short, human title in the reader's language.
    pub fn title(self, lang: Lang) -> &'static str {
        use ErrorCode::*;
        match (self, lang) {
            (InvalidJson, Lang::Vi) => "Dữ liệu gửi lên không đúng định dạng JSON",
            (InvalidJson, Lang::En) => "The request body is not valid JSON for this action",
            (InvalidQuery, Lang::Vi) => "Tham số truy vấn không hợp lệ",
            (InvalidQuery, Lang::En) => "The query parameters are not valid",
            (ValidationFailed, Lang::Vi) => "Dữ liệu chưa hợp lệ",
            (ValidationFailed, Lang::En) => "Some fields are not valid",
            (Unauthenticated, Lang::Vi) => "Bạn cần đăng nhập",
            (Unauthenticated, Lang::En) => "You need to sign in",
            (TokenExpired, Lang::Vi) => "Phiên đăng nhập đã hết hạn",
            (TokenExpired, Lang::En) => "Your session has expired",
            (InvalidToken, Lang::Vi) => "Mã xác thực không hợp lệ",
            (InvalidToken, Lang::En) => "The access token is not valid",
            (InvalidCredentials, Lang::Vi) => "Tên đăng nhập hoặc mật khẩu không đúng",
            (InvalidCredentials, Lang::En) => "Wrong username or password",
            (AccountDisabled, Lang::Vi) => "Tài khoản đã bị khóa",
            (AccountDisabled, Lang::En) => "This account is disabled",
            (PasswordChangeRequired, Lang::Vi) => "Bạn cần đổi mật khẩu trước khi tiếp tục",
            (PasswordChangeRequired, Lang::En) => "You must change your password first",
            (Forbidden, Lang::Vi) => "Bạn không có quyền thực hiện thao tác này",
            (Forbidden, Lang::En) => "You are not allowed to do this",
            (CrossSiteRequest, Lang::Vi) => {
                "Yêu cầu gửi từ trang web khác bị từ chối; hãy thao tác ngay trên trang HGCS"
            }
            (CrossSiteRequest, Lang::En) => {
                "Requests sent from another website are refused; use the HGCS pages themselves"
            }
            (NotFound, Lang::Vi) => "Không tìm thấy",
            (NotFound, Lang::En) => "Not found",
            (MethodNotAllowed, Lang::Vi) => "Phương thức không được hỗ trợ tại địa chỉ này",
            (MethodNotAllowed, Lang::En) => "This method is not allowed here",
            (Conflict, Lang::Vi) => "Dữ liệu bị trùng hoặc xung đột",
            (Conflict, Lang::En) => "This conflicts with an existing record",
            (PreconditionFailed, Lang::Vi) => {
                "Bản ghi đã được người khác thay đổi; tải lại để xem bản mới"
            }
            (PreconditionFailed, Lang::En) => {
                "Someone else changed this record; reload to see the new version"
            }
            (PreconditionRequired, Lang::Vi) => {
                "Cần gửi kèm phiên bản bản ghi (If-Match) đã tải về"
            }
            (PreconditionRequired, Lang::En) => {
                "Send the version of the record you loaded (If-Match)"
            }
            (IdempotencyKeyReused, Lang::Vi) => {
                "Khóa chống gửi trùng đã được dùng cho một yêu cầu khác"
            }
            (IdempotencyKeyReused, Lang::En) => {
                "This Idempotency-Key was already used for a different request"
            }
            (RequestInProgress, Lang::Vi) => "Yêu cầu này đang được xử lý, vui lòng đợi",
            (RequestInProgress, Lang::En) => "This request is still being processed; wait",
            (PayloadTooLarge, Lang::Vi) => "Dữ liệu gửi lên quá lớn",
            (PayloadTooLarge, Lang::En) => "The request body is too large",
            (UnsupportedMediaType, Lang::Vi) => "Kiểu nội dung không được hỗ trợ",
            (UnsupportedMediaType, Lang::En) => "This content type is not supported",
            (TooManyRequests, Lang::Vi) => "Quá nhiều lần thử, vui lòng đợi rồi thử lại",
            (TooManyRequests, Lang::En) => "Too many attempts; wait and try again",
            (ServiceUnavailable, Lang::Vi) => "Hệ thống đang quá tải, vui lòng thử lại sau",
            (ServiceUnavailable, Lang::En) => "The service is busy; try again shortly",
            (RequestTimeout, Lang::Vi) => {
                "Yêu cầu gửi đến quá chậm hoặc xử lý quá lâu, vui lòng thử lại"
            }
            (RequestTimeout, Lang::En) => {
                "The request arrived too slowly or took too long; try again"
            }
            (InternalError, Lang::Vi) => "Đã xảy ra lỗi hệ thống",
            (InternalError, Lang::En) => "Something went wrong on our side",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_distinct_title_in_each_language() {
        for &code in ErrorCode::ALL {
            assert_ne!(code.title(Lang::Vi), code.title(Lang::En), "{code}");
        }
    }
}
