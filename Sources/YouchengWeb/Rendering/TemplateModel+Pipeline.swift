// The pipeline pages' view models, read from their field tables (`TemplateModel`).

extension PipelineView: TemplateModel {}
extension PipelineView.Batch: TemplateModel {}
extension PipelineView.StageColumn: TemplateModel {}
extension PipelineView.Figure: TemplateModel {}
extension PipelineView.TargetForm: TemplateModel {}
extension ProspectRow: TemplateModel {}
extension ProspectListView: TemplateModel {}
extension ProspectListView.Column: TemplateModel {}
extension ProspectView: TemplateModel {}
extension ProspectView.HistoryRow: TemplateModel {}
extension ProspectView.StageForm: TemplateModel {}
extension ProspectFormView: TemplateModel {}
