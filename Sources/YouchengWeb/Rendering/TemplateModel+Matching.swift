// The matching pages' view models, read from their field tables (`TemplateModel`).

extension SuggestionsView: TemplateModel {}
extension SuggestionsView.Row: TemplateModel {}
extension SuggestionsView.Factor: TemplateModel {}
extension SortHeader: TemplateModel {}
extension ThinRegionsView: TemplateModel {}
extension ThinRegionsView.Row: TemplateModel {}
extension ThinRegionsView.District: TemplateModel {}
extension MatchSettingsView: TemplateModel {}
extension CityThemesView: TemplateModel {}
