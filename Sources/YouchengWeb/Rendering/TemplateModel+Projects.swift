// The project pages' view models, read from their field tables (`TemplateModel`).

extension ProjectListView: TemplateModel {}
extension ProjectRow: TemplateModel {}
extension ProjectFormView: TemplateModel {}
extension ProjectView: TemplateModel {}
extension ProjectView.Fact: TemplateModel {}
extension ProjectView.TimelineRow: TemplateModel {}
extension ProjectView.NoteRow: TemplateModel {}
extension ProjectDeleteView: TemplateModel {}
extension ProjectImportView: TemplateModel {}
extension ProjectFunnelView: TemplateModel {}
extension ProjectFunnelView.StepRow: TemplateModel {}
extension ProjectFunnelView.GroupTable: TemplateModel {}
extension ProjectFunnelView.GroupRow: TemplateModel {}
