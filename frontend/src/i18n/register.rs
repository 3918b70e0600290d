//! Words of the register of mediators (the list of every mediator in the
//! user's units).

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegisterText {
    NavMediators,
    Intro,
    MediatorList,
    SearchNames,
    AllSexes,
    AllEthnicities,
    AllEducation,
    Kinh,
    Minority,
    Serving,
    ServingNow,
    HaveLeft,
    NoMediators,
    Village,
    Commune,
    TrainedThisYear,
    AnyTraining,
    Trained,
    NotTrained,
}

impl Words for RegisterText {
    fn pair(self) -> (&'static str, &'static str) {
        use RegisterText::*;
        match self {
            NavMediators => ("Hòa giải viên", "Mediators"),
            Intro => (
                "Danh sách hòa giải viên của các tổ hòa giải thuộc đơn vị, lọc theo giới tính, dân tộc, trình độ; tìm theo tên, gõ có dấu hay không dấu đều được.",
                "The mediators of the teams in your units, filtered by sex, ethnicity and education; search names with or without accents.",
            ),
            MediatorList => ("Danh sách hòa giải viên", "Register of mediators"),
            SearchNames => ("Tìm theo họ tên", "Search by name"),
            AllSexes => ("Tất cả giới tính", "Any sex"),
            AllEthnicities => ("Tất cả dân tộc", "Any ethnicity"),
            AllEducation => ("Mọi trình độ", "Any education"),
            Kinh => ("Kinh", "Kinh"),
            Minority => ("Dân tộc thiểu số", "Ethnic minority"),
            Serving => ("Tình trạng", "Standing"),
            ServingNow => ("Đang làm hòa giải viên", "Serving"),
            HaveLeft => ("Đã thôi làm hòa giải viên", "Have left"),
            NoMediators => (
                "Không có hòa giải viên nào khớp với bộ lọc.",
                "No mediator matches the filters.",
            ),
            Village => ("Thôn, tổ dân phố", "Village or residential group"),
            Commune => ("Xã, phường", "Commune or ward"),
            TrainedThisYear => ("Tập huấn trong năm nay", "Trained this year"),
            AnyTraining => ("Tất cả", "All"),
            Trained => ("Đã dự tập huấn", "Attended a training"),
            NotTrained => ("Chưa dự tập huấn", "Not trained yet"),
        }
    }
}
