mod delivery_form;
mod delivery_table;
mod run_form;
mod run_table;
mod task_materials;

pub use delivery_form::DeliveryForm;
pub use delivery_table::DeliveryTable;
pub use run_form::RunForm;
pub use run_table::RunTable;
pub use task_materials::TaskMaterialsCard;
