//! Words of the dashboard's charts.

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DashboardText {
    Statistics,
    StatisticsIntro,
    CasesByUnit,
    CasesByMonth,
    TeamsShort,
    ReportStanding,
    PlanTasks,
    NoPlan,
    ShowTable,
    ShowChart,
    Download,
    Unit,
    Month,
    Total,
    Complying,
    ShortOfRules,
    Late,
    Status,
}

impl Words for DashboardText {
    fn pair(self) -> (&'static str, &'static str) {
        use DashboardText::*;
        match self {
            Statistics => ("Số liệu thống kê", "Statistics"),
            StatisticsIntro => (
                "Số liệu lấy từ sổ sách hiện tại; mỗi biểu đồ có thể xem dạng bảng, và tải về Excel với cùng số liệu.",
                "Figures from the registers as they stand; each chart has a table view, and the Excel download holds the same figures.",
            ),
            CasesByUnit => (
                "Vụ, việc tiếp nhận theo đơn vị và kết quả",
                "Cases received by unit and result",
            ),
            CasesByMonth => (
                "Vụ, việc tiếp nhận theo tháng và kết quả",
                "Cases received by month and result",
            ),
            TeamsShort => (
                "Tổ hòa giải chưa đủ thành phần theo Luật",
                "Teams short of the law's composition rules",
            ),
            ReportStanding => ("Tình hình báo cáo", "Where the reports stand"),
            PlanTasks => ("Tiến độ nhiệm vụ của kế hoạch", "Tasks of the plan"),
            NoPlan => (
                "Đơn vị chưa có kế hoạch cho năm này.",
                "The unit has no plan for this year.",
            ),
            ShowTable => ("Xem dạng bảng", "Show as a table"),
            ShowChart => ("Xem biểu đồ", "Show the chart"),
            Download => ("Tải về Excel", "Download as Excel"),
            Unit => ("Đơn vị", "Unit"),
            Month => ("Tháng", "Month"),
            Total => ("Tổng", "Total"),
            Complying => ("Đủ thành phần", "Complying"),
            ShortOfRules => ("Chưa đủ thành phần", "Short of the rules"),
            Late => ("Trễ hạn", "Late"),
            Status => ("Tình trạng", "Status"),
        }
    }
}
