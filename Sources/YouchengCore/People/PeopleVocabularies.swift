/// What kind of body an organization (机构) is. Labels in `vocabulary.csv`.
public enum OrganizationKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 政府: a city or regional government.
    case government
    /// 议会: a council or assembly.
    case council
    /// 大学.
    case university
    /// 中小学: a primary or secondary school.
    case school
    /// 医院.
    case hospital
    /// 企业.
    case company
    /// 商会/协会: a chamber of commerce or an association.
    case association
    /// 媒体.
    case media
    /// 领事机构: a consulate or embassy office.
    case consulate
    /// 国际组织/NGO.
    case international
    /// 其他.
    case other
}

/// What a person is to the office's work; a person may hold several. Labels in `vocabulary.csv`.
public enum PersonRole: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 市长.
    case mayor
    /// 副市长.
    case deputyMayor
    /// 议员.
    case councilMember
    /// 官员.
    case official
    /// 领事.
    case consul
    /// 大学校长.
    case universityHead
    /// 企业家.
    case businessLeader
    /// 友好人士: a friend of the city.
    case friendOfCity
    /// 校友/留学生: a former student.
    case formerStudent
    /// 荣誉市民.
    case honoraryCitizen
}

/// The legal basis on which a person's information is kept (个人信息保护法 art. 13). Labels in `vocabulary.csv`.
public enum LegalBasis: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 履行法定职责: needed for the office's statutory duties.
    case statutoryDuty
    /// 同意: the person consented (the record keeps the day).
    case consent
    /// 已公开信息: information the person or their office already made public.
    case publicInformation
}

/// The occasion a greeting letter (函电) is sent for; each has a letter template. Labels in `vocabulary.csv`.
public enum GreetingOccasion: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 春节.
    case springFestival
    /// 国庆.
    case nationalDay
    /// 结好周年: the anniversary of a partnership.
    case anniversary
}

/// A column of a contacts file (import and export), found by its header in either language or an alias. Labels
/// in `vocabulary.csv`.
public enum ContactColumn: String, Sendable, CaseIterable, ImportColumn {
    /// 姓名: the Chinese name; this or `name` is required.
    case nameZh
    /// 外文名: the English or native name.
    case name
    /// 职务: the title or post.
    case title
    /// 机构: the organization, by name.
    case organization
    /// 友城: the registered partner, by name.
    case partner
    /// 国家: the partner's or organization's country (ISO code or name).
    case country
    /// 邮箱.
    case email
    /// 电话.
    case phone
    /// 微信.
    case wechat
    /// 地址: the postal address.
    case address
    /// 角色: roles, codes or labels, separated by `、`, `;` or `,`.
    case roles
    /// 法律依据: the legal basis, a code or a label.
    case basis
    /// 来源: where the information came from.
    case source
    /// 备注.
    case notes
}

/// The ways to reach a person (联系方式). Shown only to those allowed to see them, and each showing is audited;
/// never written to logs, error messages or audit values.
public struct ContactChannels: Sendable, Hashable, Codable {
    /// E-mail address.
    public var email: String?
    /// Phone number, as written.
    public var phone: String?
    /// WeChat id.
    public var wechat: String?
    /// Postal address, lines separated by newlines.
    public var address: String?

    /// Creates channels; empty strings count as none.
    public init(email: String? = nil, phone: String? = nil, wechat: String? = nil, address: String? = nil) {
        self.email = email.flatMap { $0.isEmpty ? nil : $0 }
        self.phone = phone.flatMap { $0.isEmpty ? nil : $0 }
        self.wechat = wechat.flatMap { $0.isEmpty ? nil : $0 }
        self.address = address.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether no channel is known.
    public var isEmpty: Bool { email == nil && phone == nil && wechat == nil && address == nil }
}
