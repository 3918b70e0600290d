//! Words of the forms that write a plan and its tasks: the plan's own
//! fields, a task's schedule, leads and partners, and the task order.

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskEditText {
    EditPlan,
    PlanSaved,
    SignerName,
    SignerTitle,
    Funding,
    AddTask,
    EditTask,
    TaskAdded,
    TaskSaved,
    TaskCode,
    TaskTitle,
    ScheduleKind,
    KindQuarters,
    KindYear,
    KindDate,
    KindRange,
    KindEvent,
    ScheduleYear,
    Quarters,
    OnDay,
    FromDay,
    ToDay,
    EventDescription,
    WithinDays,
    DaysInvalid,
    YearInvalid,
    ChooseQuarter,
    ConcernsWards,
    Lead,
    NoLeadChosen,
    Partners,
    OtherParties,
    ColOrder,
    MoveUp,
    MoveDown,
    OrderSaved,
}

impl Words for TaskEditText {
    fn pair(self) -> (&'static str, &'static str) {
        use TaskEditText::*;
        match self {
            EditPlan => ("Sửa kế hoạch", "Edit plan"),
            PlanSaved => ("Đã lưu kế hoạch.", "Plan saved."),
            SignerName => ("Người ký", "Signed by"),
            SignerTitle => (
                "Chức vụ người ký (ví dụ KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)",
                "Signer's title",
            ),
            Funding => ("Kinh phí thực hiện", "Funding"),
            AddTask => ("Thêm nhiệm vụ", "Add task"),
            EditTask => ("Sửa nhiệm vụ", "Edit task"),
            TaskAdded => ("Đã thêm nhiệm vụ.", "Task added."),
            TaskSaved => ("Đã lưu nhiệm vụ.", "Task saved."),
            TaskCode => ("Số thứ tự (ví dụ II.1, II.3.a)", "Number (e.g. II.1)"),
            TaskTitle => ("Nội dung nhiệm vụ", "Task"),
            ScheduleKind => ("Thời gian thực hiện", "When"),
            KindQuarters => ("Theo quý", "By quarter"),
            KindYear => ("Cả năm", "All year"),
            KindDate => ("Một ngày", "On a day"),
            KindRange => ("Từ ngày đến ngày", "From a day to a day"),
            KindEvent => ("Sau một sự kiện", "After an event"),
            ScheduleYear => ("Năm", "Year"),
            Quarters => ("Các quý", "Quarters"),
            OnDay => ("Ngày", "Day"),
            FromDay => ("Từ ngày", "From"),
            ToDay => ("Đến ngày", "To"),
            EventDescription => (
                "Sự kiện (ví dụ khi Bộ Tư pháp ban hành tài liệu)",
                "Event (e.g. when the Ministry issues the materials)",
            ),
            WithinDays => (
                "Hoàn thành trong (ngày) sau sự kiện",
                "Due within (days) after it",
            ),
            DaysInvalid => (
                "Hãy nhập số ngày từ 1 đến 3650",
                "Enter a number of days from 1 to 3650",
            ),
            YearInvalid => ("Hãy nhập năm, ví dụ 2023", "Enter a year, e.g. 2023"),
            ChooseQuarter => ("Hãy chọn ít nhất một quý", "Choose at least one quarter"),
            ConcernsWards => (
                "Các phường, xã cũng thực hiện (đưa vào kế hoạch của phường)",
                "Wards carry it out too (taken into ward plans)",
            ),
            Lead => ("Cơ quan chủ trì", "Lead"),
            NoLeadChosen => ("— Chưa chọn —", "— None —"),
            Partners => ("Cơ quan phối hợp", "Partners"),
            OtherParties => ("Giữ nguyên", "Kept as written"),
            ColOrder => ("Thứ tự", "Order"),
            MoveUp => ("Chuyển lên", "Move up"),
            MoveDown => ("Chuyển xuống", "Move down"),
            OrderSaved => ("Đã lưu thứ tự nhiệm vụ.", "Task order saved."),
        }
    }
}
