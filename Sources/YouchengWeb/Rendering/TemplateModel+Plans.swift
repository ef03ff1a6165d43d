// The plan and task pages' view models, read from their field tables (`TemplateModel`).

extension PlanListView: TemplateModel {}
extension PlanListView.Row: TemplateModel {}
extension PlanView: TemplateModel {}
extension PlanView.TaskLink: TemplateModel {}
extension PlanView.UnitRow: TemplateModel {}
extension PlanView.Figure: TemplateModel {}
extension PlanTaskTable: TemplateModel {}
extension PlanTaskTable.Row: TemplateModel {}
extension TaskView: TemplateModel {}
extension TaskView.ReportRow: TemplateModel {}
extension TaskView.ReportFormView: TemplateModel {}
extension LabelledText: TemplateModel {}
extension PlanFormView: TemplateModel {}
extension TaskFormView: TemplateModel {}
