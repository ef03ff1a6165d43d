// The notice pages' view models, read from their field tables (`TemplateModel`).

extension NoticeListView: TemplateModel {}
extension NoticeListView.Row: TemplateModel {}
extension NoticeListView.RateRow: TemplateModel {}
extension NoticeFormView: TemplateModel {}
extension NoticeView: TemplateModel {}
extension NoticeView.AnswerRow: TemplateModel {}
extension NoticeView.SilentRow: TemplateModel {}
extension NoticeView.AnswerFormView: TemplateModel {}
