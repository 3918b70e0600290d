use leptos::prelude::*;

use crate::i18n::{RecordText, tr};

/// The register's columns as the header row names them (in Vietnamese,
/// whatever the interface language), each with what goes in it.
const COLUMNS: [(&str, RecordText, bool); 10] = [
    ("Thôn/tổ dân phố", RecordText::ColVillageHint, true),
    ("Tổ hòa giải", RecordText::ColTeamHint, true),
    ("Họ và tên", RecordText::ColNameHint, true),
    ("Giới tính", RecordText::ColSexHint, true),
    ("Năm sinh", RecordText::ColBirthHint, true),
    ("Dân tộc", RecordText::ColEthnicityHint, false),
    ("Trình độ", RecordText::ColEducationHint, false),
    ("Nghề nghiệp", RecordText::ColOccupationHint, false),
    ("Điện thoại", RecordText::ColPhoneHint, false),
    ("Tổ trưởng", RecordText::ColLeaderHint, false),
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
                    {required.then(|| view! { " (" {tr(RecordText::RequiredColumn)} ")" })}
                    " – " {tr(*hint)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="import-columns">
            <h2 id="import-columns">{tr(RecordText::ImportColumns)}</h2>
            <p>{tr(RecordText::ImportIntro)}</p>
            <ol class="import-columns">{items}</ol>
            <p class="banner banner-strong">{tr(RecordText::NothingWritten)}</p>
        </section>
    }
}
