extension LocalityDirectory {
    /// Placeholder prefecture rows of the division list that are not places of their own.
    static let placeholderNames: Set<String> = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]

    private static let suffixes = ["特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"]
    private static let ethnicGroups = [
        "维吾尔", "蒙古", "藏", "回", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
        "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
        "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂",
        "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ]
    /// Ethnic names that also stand without 族 in division names (博尔塔拉蒙古自治州, 伊犁哈萨克自治州).
    private static let bareEthnicGroups = ["维吾尔", "蒙古", "哈萨克", "柯尔克孜"]

    /// The name without its administrative suffix and ethnic names: 江苏省 → 江苏, 延边朝鲜族自治州 → 延边,
    /// 广西壮族自治区 → 广西; nil when less than two characters would remain.
    static func shortName(_ name: String) -> String? {
        var s = name
        guard let suffix = suffixes.first(where: { s.hasSuffix($0) }) else { return nil }
        s.removeLast(suffix.count)
        var changed = true
        while changed {
            changed = false
            if s.hasSuffix("族"),
                let group = ethnicGroups.first(where: { s.dropLast().hasSuffix($0) && s.count - $0.count > 2 })
            {
                s.removeLast(group.count + 1)
                changed = true
            } else if let group = bareEthnicGroups.first(where: { s.hasSuffix($0) && s.count - $0.count >= 2 }) {
                s.removeLast(group.count)
                changed = true
            }
        }
        return s.count >= 2 ? s : nil
    }
}
