//! Words of the material set screens: print runs, deliveries, receipts.

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaterialText {
    NavMaterials,
    Intro,
    RunList,
    NoRuns,
    NewRun,
    Title,
    Edition,
    Quantity,
    Cost,
    PrintedOn,
    Distributed,
    Confirmed,
    Stock,
    Deliveries,
    NoDeliveries,
    NewDelivery,
    Ward,
    ChooseWard,
    Team,
    AnyTeam,
    Copies,
    DeliveredOn,
    ReceivedBy,
    Receipt,
    Confirm,
    NotConfirmed,
    Delivered,
    ReceiptConfirmed,
    TaskMaterials,
    Runs,
    Printed,
}

impl Words for MaterialText {
    fn pair(self) -> (&'static str, &'static str) {
        use MaterialText::*;
        match self {
            NavMaterials => ("Bộ tài liệu", "Material sets"),
            Intro => (
                "Các đợt in bộ tài liệu bồi dưỡng hòa giải viên, số bộ giao cho từng phường, xã, tổ hòa giải và xác nhận đã nhận.",
                "Print runs of the mediators' material set, the copies handed to each ward and team, and their receipts.",
            ),
            RunList => ("Các đợt in", "Print runs"),
            NoRuns => ("Chưa có đợt in nào.", "No print run yet."),
            NewRun => ("Ghi nhận đợt in", "Record a print run"),
            Title => ("Tên bộ tài liệu", "Title"),
            Edition => ("Lần xuất bản", "Edition"),
            Quantity => ("Số bộ in", "Copies printed"),
            Cost => ("Kinh phí (đồng)", "Cost (VND)"),
            PrintedOn => ("Ngày in", "Printed on"),
            Distributed => ("Đã giao", "Handed out"),
            Confirmed => ("Đã xác nhận nhận", "Receipt confirmed"),
            Stock => ("Còn lại", "Left"),
            Deliveries => ("Giao tài liệu", "Deliveries"),
            NoDeliveries => ("Chưa giao bộ nào.", "Nothing handed out yet."),
            NewDelivery => ("Giao tài liệu cho phường, xã", "Hand copies to a ward"),
            Ward => ("Phường, xã", "Ward"),
            ChooseWard => ("Chọn phường, xã", "Choose a ward"),
            Team => ("Tổ hòa giải", "Team"),
            AnyTeam => ("Cả phường, xã", "The whole ward"),
            Copies => ("Số bộ", "Copies"),
            DeliveredOn => ("Ngày giao", "Handed out on"),
            ReceivedBy => ("Người nhận", "Received by"),
            Receipt => ("Xác nhận", "Receipt"),
            Confirm => ("Xác nhận đã nhận", "Confirm receipt"),
            NotConfirmed => ("Chưa xác nhận", "Not confirmed"),
            Delivered => (
                "Đã ghi nhận việc giao tài liệu.",
                "The delivery was recorded.",
            ),
            ReceiptConfirmed => ("Đã xác nhận nhận tài liệu.", "Receipt confirmed."),
            TaskMaterials => ("Bộ tài liệu của nhiệm vụ", "Material sets for this task"),
            Runs => ("Số đợt in", "Print runs"),
            Printed => ("Số bộ đã in", "Copies printed"),
        }
    }
}
