//! Words of a plan's budget (section IV): its lines, what was spent from
//! each with its vouchers, the pay per case booked, and what is left.

use chrono::NaiveDate;
use hgcs_domain::Lang;
use hgcs_domain::text::thousands;

use super::{Words, pick};
use crate::format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetText {
    Title,
    Intro,
    NoLines,
    Task,
    PlanOwn,
    Content,
    Source,
    Allocated,
    Spent,
    Remaining,
    Total,
    BySource,
    ByTask,
    Download,
    AddLine,
    LineAdded,
    LineOf,
    EditLine,
    Note,
    LineChanged,
    Spending,
    NoSpending,
    SpentOn,
    Purpose,
    Amount,
    Vouchers,
    VoucherHint,
    RecordedBy,
    RecordSpending,
    SpendingRecorded,
    AttachVouchers,
    AttachTo,
    VouchersAttached,
    Remove,
    ConfirmRemove,
    ConfirmRemoveButton,
    Removed,
    ClaimsToBook,
    ClaimsIntro,
    BookClaims,
    ClaimsBooked,
}

impl Words for BudgetText {
    fn pair(self) -> (&'static str, &'static str) {
        use BudgetText::*;
        match self {
            Title => ("Kinh phí", "Budget"),
            Intro => (
                "Kinh phí được giao cho kế hoạch và từng nhiệm vụ, số đã chi theo chứng từ và số còn lại.",
                "Money allocated to the plan and its tasks, what was spent with vouchers, and what is left.",
            ),
            NoLines => ("Chưa có dòng kinh phí nào.", "No budget line yet."),
            Task => ("Nhiệm vụ", "Task"),
            PlanOwn => ("Chung của kế hoạch", "The plan as a whole"),
            Content => ("Nội dung", "What for"),
            Source => ("Nguồn kinh phí", "Source"),
            Allocated => ("Được giao (đồng)", "Allocated (VND)"),
            Spent => ("Đã chi (đồng)", "Spent (VND)"),
            Remaining => ("Còn lại (đồng)", "Left (VND)"),
            Total => ("Tổng cộng", "Total"),
            BySource => ("Theo nguồn kinh phí", "By source"),
            ByTask => ("Theo nhiệm vụ", "By task"),
            Download => ("Tải Excel", "Download Excel"),
            AddLine => ("Thêm dòng kinh phí", "Add a budget line"),
            LineAdded => ("Đã thêm dòng kinh phí.", "Budget line added."),
            LineOf => ("Dòng kinh phí của kế hoạch", "Budget line of the plan"),
            EditLine => ("Sửa dòng kinh phí", "Edit the budget line"),
            Note => ("Ghi chú", "Note"),
            LineChanged => ("Đã lưu dòng kinh phí.", "Budget line saved."),
            Spending => ("Các khoản đã chi", "Spending"),
            NoSpending => ("Chưa có khoản chi nào.", "Nothing spent yet."),
            SpentOn => ("Ngày chi", "Day"),
            Purpose => ("Nội dung chi", "Purpose"),
            Amount => ("Số tiền (đồng)", "Amount (VND)"),
            Vouchers => ("Chứng từ", "Vouchers"),
            RecordedBy => ("Người ghi", "Recorded by"),
            VoucherHint => (
                "Hóa đơn, phiếu chi, danh sách ký nhận. PDF, DOCX, XLSX, PNG, JPEG; mỗi tệp tối đa 20 MB.",
                "Invoices, receipts, lists signed by those paid. PDF, DOCX, XLSX, PNG, JPEG; 20 MB at most each.",
            ),
            RecordSpending => ("Ghi khoản chi", "Record spending"),
            SpendingRecorded => ("Đã ghi khoản chi.", "Spending recorded."),
            AttachVouchers => ("Đính kèm chứng từ", "Attach vouchers"),
            AttachTo => ("Khoản chi", "Spending"),
            VouchersAttached => ("Đã đính kèm chứng từ.", "Vouchers attached."),
            Remove => ("Xóa", "Remove"),
            ConfirmRemove => (
                "Xóa khoản chi này? Số tiền được trả lại dòng kinh phí.",
                "Remove this spending? Its amount goes back to the line.",
            ),
            ConfirmRemoveButton => ("Xóa khoản chi", "Remove the spending"),
            Removed => ("Đã xóa khoản chi.", "Spending removed."),
            ClaimsToBook => (
                "Thù lao vụ việc đã trả, chưa ghi chi",
                "Pay per case paid, not booked yet",
            ),
            ClaimsIntro => (
                "Các khoản thù lao hòa giải viên đã trả trong địa bàn và thời gian của kế hoạch, chưa ghi vào dòng kinh phí nào.",
                "Mediators' pay per case paid within the plan's area and period, not booked on any line yet.",
            ),
            BookClaims => (
                "Ghi chi các khoản thù lao đã trả",
                "Book the paid claims as spending",
            ),
            ClaimsBooked => ("Đã ghi chi các khoản thù lao.", "Paid claims booked."),
        }
    }
}

/// A paid pay claim: "Thù lao vụ việc số 12 – Tổ hòa giải số 1, trả ngày
/// 05/03/2024".
pub fn paid_claim(lang: Lang, entry_no: i32, team: &str, paid_on: NaiveDate) -> String {
    let day = format::date(paid_on);
    pick(
        lang,
        format!("Thù lao vụ việc số {entry_no} – {team}, trả ngày {day}"),
        format!("Pay for case {entry_no} – {team}, paid on {day}"),
    )
}

/// A spending as a choice: "15/03/2024 – Mua sổ – 1.200.000 đ".
pub fn spending_choice(day: NaiveDate, purpose: &str, amount: i64) -> String {
    format!(
        "{} – {purpose} – {} đ",
        format::date(day),
        thousands(amount)
    )
}
