// The indicator, scorecard and money pages' view models, read from their field tables (`TemplateModel`).

extension IndicatorsView: TemplateModel {}
extension IndicatorsView.Group: TemplateModel {}
extension IndicatorsView.Row: TemplateModel {}
extension IndicatorYearView: TemplateModel {}
extension IndicatorManageView: TemplateModel {}
extension IndicatorManageView.Row: TemplateModel {}
extension IndicatorFormView: TemplateModel {}
extension IndicatorDeleteView: TemplateModel {}
extension ScorecardView: TemplateModel {}
extension ScorecardView.Header: TemplateModel {}
extension ScorecardView.Row: TemplateModel {}
extension ScorecardView.Cell: TemplateModel {}
extension MoneyView: TemplateModel {}
extension MoneyView.Row: TemplateModel {}
