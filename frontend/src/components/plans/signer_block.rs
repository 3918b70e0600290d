use leptos::prelude::*;

/// "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and the name, at the foot of the document.
#[component]
pub fn SignerBlock(title: String, name: String) -> impl IntoView {
    (!name.trim().is_empty() || !title.trim().is_empty()).then(|| {
        view! {
            <div class="doc-signer" data-test="plan-signer">
                <p class="doc-caps doc-strong prose">{title}</p>
                <p class="doc-strong doc-signer-name">{name}</p>
            </div>
        }
    })
}
