extension VocabularyTable {
    /// What is wrong with the file for `vocabularies`: a case with no row, a row twice, a row naming a vocabulary or
    /// a code that does not exist, a label missing in one language, one name (compared by `nameKey`) given to two values. Empty when the file is right.
    public func problems(for vocabularies: [any Vocabulary.Type]) -> [Bilingual] {
        let codes = Dictionary(
            vocabularies.map { ($0.vocabularyName, $0.codes) }, uniquingKeysWith: { first, _ in first })
        var problems: [Bilingual] = []
        var seen: Set<[String]> = []
        for row in rows {
            let place = Bilingual(zh: "第 \(row.line) 行", en: "line \(row.line)")
            if let known = codes[row.vocabulary] {
                if !known.contains(row.code) {
                    problems.append(
                        Bilingual(
                            zh: "\(place.zh)：\(row.vocabulary) 没有代码「\(row.code)」",
                            en: "\(place.en): \(row.vocabulary) has no code \"\(row.code)\""))
                }
            } else {
                problems.append(
                    Bilingual(
                        zh: "\(place.zh)：没有名为「\(row.vocabulary)」的词表",
                        en: "\(place.en): there is no vocabulary \"\(row.vocabulary)\""))
            }
            if !seen.insert([row.vocabulary, row.code]).inserted {
                problems.append(
                    Bilingual(
                        zh: "\(place.zh)：\(row.vocabulary) 的「\(row.code)」重复",
                        en: "\(place.en): \(row.vocabulary) \"\(row.code)\" is listed twice"))
            }
            for (language, text) in [("zh", row.label.zh), ("en", row.label.en)] where text.isEmpty {
                problems.append(
                    Bilingual(
                        zh: "\(place.zh)：\(row.vocabulary) 的「\(row.code)」缺少 \(language) 名称",
                        en: "\(place.en): \(row.vocabulary) \"\(row.code)\" has no \(language) label"))
            }
        }
        var named: [String: Row] = [:]
        for row in rows {
            for name in Set(row.names.map(Self.nameKey)) {
                let key = Self.key(row.vocabulary, name)
                if let other = named[key], other.code != row.code {
                    problems.append(
                        Bilingual(
                            zh: "第 \(row.line) 行：名称「\(name)」已是第 \(other.line) 行「\(other.code)」的名称",
                            en:
                                "line \(row.line): the name \"\(name)\" already names \"\(other.code)\" on line \(other.line)"
                        ))
                }
                named[key] = named[key] ?? row
            }
        }
        for vocabulary in vocabularies {
            for code in vocabulary.codes where row(vocabulary.vocabularyName, code) == nil {
                problems.append(
                    Bilingual(
                        zh: "\(vocabulary.vocabularyName) 的「\(code)」没有名称",
                        en: "\(vocabulary.vocabularyName) \"\(code)\" has no row"))
            }
        }
        return problems
    }
}
