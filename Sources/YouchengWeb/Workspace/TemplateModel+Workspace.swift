// The workspace and responsiveness pages' view models, read from their field tables (`TemplateModel`).

extension WorkspaceView: TemplateModel {}
extension WorkspaceView.Blocks: TemplateModel {}
extension WorkspaceView.TaskRow: TemplateModel {}
extension WorkspaceView.NoticeRow: TemplateModel {}
extension WorkspaceView.ExchangeRow: TemplateModel {}
extension ResponsivenessView: TemplateModel {}
extension ResponsivenessView.Row: TemplateModel {}
