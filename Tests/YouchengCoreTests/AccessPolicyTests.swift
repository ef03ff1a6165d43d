import Testing
import YouchengCore

@Suite struct AccessPolicyTests {
    // 江苏省 › 南京市 › 鼓楼区, 玄武区; 江苏省 › 苏州市.
    let policy = AccessPolicy(
        localities: LocalityDirectory(localities: [
            Locality(
                code: "320000", name: "江苏省", fullName: "江苏省", nameEn: "Jiangsu", level: .province, parentCode: nil),
            Locality(
                code: "320100", name: "南京市", fullName: "南京市", nameEn: "Nanjing", level: .city, parentCode: "320000"),
            Locality(
                code: "320106", name: "鼓楼区", fullName: "南京市鼓楼区", nameEn: "Gulou", level: .district, parentCode: "320100"
            ),
            Locality(
                code: "320102", name: "玄武区", fullName: "南京市玄武区", nameEn: "Xuanwu", level: .district,
                parentCode: "320100"),
            Locality(
                code: "320500", name: "苏州市", fullName: "苏州市", nameEn: "Suzhou", level: .city, parentCode: "320000"),
        ]))

    func principal(_ role: Role, home: String?) -> Principal { Principal(role: role, unitId: 7, unitHomeCode: home) }

    @Test func anEditorChangesPartnershipsOfTheirUnitsLocalityAndEverythingUnderIt() {
        let nanjing = principal(.editor, home: "320100")

        #expect(policy.mayCreatePartnership(home: "320100", as: nanjing))
        #expect(policy.mayCreatePartnership(home: "320106", as: nanjing))
        #expect(policy.mayEditPartnership(home: "320102", as: nanjing))
        #expect(!policy.mayCreatePartnership(home: "320500", as: nanjing))
        #expect(!policy.mayCreatePartnership(home: "320000", as: nanjing))
    }

    @Test func aDistrictEditorChangesOnlyTheirDistrict() {
        let gulou = principal(.editor, home: "320106")

        #expect(policy.mayEditPartnership(home: "320106", as: gulou))
        #expect(!policy.mayEditPartnership(home: "320102", as: gulou))
        #expect(!policy.mayEditPartnership(home: "320100", as: gulou))
    }

    @Test func anEditorCannotMoveAPartnershipOutOfTheirLocalityOrIntoIt() {
        let gulou = principal(.editor, home: "320106")

        #expect(!policy.mayEditPartnership(home: "320106", newHome: "320500", as: gulou))
        #expect(!policy.mayEditPartnership(home: "320500", newHome: "320106", as: gulou))
        #expect(policy.mayEditPartnership(home: "320106", newHome: "320106", as: gulou))
    }

    @Test func anEditorChangesASharedPartnerOnlyWhenEveryHomeTwinnedWithItIsTheirs() {
        let nanjing = principal(.editor, home: "320100")
        let gulou = principal(.editor, home: "320106")

        #expect(policy.mayChangeSharedPartner(homes: ["320106", "320102", "320100"], as: nanjing))
        #expect(!policy.mayChangeSharedPartner(homes: ["320106", "320500"], as: nanjing))
        #expect(policy.mayChangeSharedPartner(homes: ["320106", "320106"], as: gulou))
        #expect(!policy.mayChangeSharedPartner(homes: ["320106", "320100"], as: gulou))
        #expect(!policy.mayChangeSharedPartner(homes: [], as: principal(.editor, home: nil)))
        #expect(policy.mayChangeSharedPartner(homes: ["320500"], as: principal(.admin, home: nil)))
        #expect(!policy.mayChangeSharedPartner(homes: ["320106"], as: principal(.viewer, home: "320106")))
    }

    @Test func anEditorOfAUnitWithoutLocalityChangesNoPartnership() {
        let bureau = principal(.editor, home: nil)

        #expect(!policy.mayCreatePartnership(home: "320100", as: bureau))
        #expect(!policy.mayEditPartnership(home: "320106", as: bureau))
    }

    @Test func anAdminChangesEveryPartnershipAndAViewerNone() {
        #expect(policy.mayCreatePartnership(home: "320500", as: principal(.admin, home: nil)))
        #expect(policy.mayEditPartnership(home: "999999", as: principal(.admin, home: "320106")))
        #expect(!policy.mayCreatePartnership(home: "320106", as: principal(.viewer, home: "320106")))
        #expect(!policy.mayEditPartnership(home: "320106", as: principal(.viewer, home: "320106")))
    }

    @Test(arguments: Role.allCases)
    func everyRoleReadsTheRegistry(role: Role) {
        #expect(policy.mayReadPartnership(home: "320500", as: principal(role, home: "320106")))
    }

    @Test func adminsAndEditorsWriteAndOnlyAdminsAdminister() {
        #expect(AccessPolicy.mayWrite(principal(.admin, home: nil)))
        #expect(AccessPolicy.mayWrite(principal(.editor, home: nil)))
        #expect(!AccessPolicy.mayWrite(principal(.viewer, home: "320100")))
        #expect(AccessPolicy.mayAdminister(principal(.admin, home: nil)))
        #expect(!AccessPolicy.mayAdminister(principal(.editor, home: "320100")))
        #expect(!AccessPolicy.mayAdminister(principal(.viewer, home: "320100")))
    }
}
