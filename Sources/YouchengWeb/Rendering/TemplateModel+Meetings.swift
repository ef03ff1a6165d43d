// The meeting pages' view models, read from their field tables (`TemplateModel`).

extension MeetingListView: TemplateModel {}
extension MeetingListView.Row: TemplateModel {}
extension MeetingFormView: TemplateModel {}
extension MeetingFormView.AgendaRowView: TemplateModel {}
extension MeetingView: TemplateModel {}
extension MeetingView.AgendaRow: TemplateModel {}
extension MeetingView.AttendanceRow: TemplateModel {}
extension MeetingView.DecisionRow: TemplateModel {}
extension MeetingDecisionFormView: TemplateModel {}
extension MeetingDeleteView: TemplateModel {}
