// The prospect deletion's view model, read from its field table (`TemplateModel`).

extension ProspectDeleteView: TemplateModel {}
