use leptos::prelude::*;

use crate::i18n::{Rec, tr};

/// The register's columns as the header row names them (in Vietnamese,
/// whatever the interface language), each with what goes in it.
const COLUMNS: [(&str, Rec, bool); 10] = [
    ("Thôn/tổ dân phố", Rec::ColVillageHint, true),
    ("Tổ hòa giải", Rec::ColTeamHint, true),
    ("Họ và tên", Rec::ColNameHint, true),
    ("Giới tính", Rec::ColSexHint, true),
    ("Năm sinh", Rec::ColBirthHint, true),
    ("Dân tộc", Rec::ColEthnicityHint, false),
    ("Trình độ", Rec::ColEducationHint, false),
    ("Nghề nghiệp", Rec::ColOccupationHint, false),
    ("Điện thoại", Rec::ColPhoneHint, false),
    ("Tổ trưởng", Rec::ColLeaderHint, false),
];

/// How to lay out the file, and that uploading writes nothing yet.
#[component]
pub fn ImportColumns() -> impl IntoView {
    let items = COLUMNS
        .iter()
        .map(|(header, hint, required)| {
            view! {
                <li>
                    <strong lang="vi">{*header}</strong>
                    {required.then(|| view! { " (" {tr(Rec::RequiredColumn)} ")" })}
                    " – " {tr(*hint)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="import-columns">
            <h2 id="import-columns">{tr(Rec::ImportColumns)}</h2>
            <p>{tr(Rec::ImportIntro)}</p>
            <ol class="import-columns">{items}</ol>
            <p class="banner banner-strong">{tr(Rec::NothingWritten)}</p>
        </section>
    }
}
