import ArgumentParser
import Foundation
import Hummingbird
import YouchengCore
import YouchengStore
import YouchengWeb

/// `youcheng serve`: the web application on the embedded database (or PostgreSQL).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "启动网页服务 / start the web server")

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var labels: LabelOptions
    @OptionGroup var hosts: HostOptions
    @OptionGroup var signIn: SignInOptions
    @OptionGroup var map: MapOptions
    @OptionGroup var importLimits: ImportLimitOptions
    @OptionGroup var pool: PoolOptions

    @Option(help: "监听地址 / address to listen on")
    var host = "127.0.0.1"

    @Option(help: "端口 / port")
    var port = 8080

    @Flag(
        help:
            "数据库为空时载入演示数据，没有用户时创建演示管理员 demo / load the demo registry when the database is empty, and create a demo administrator when there is no user"
    )
    var demo = false

    func run() async throws {
        let logger = commandLogger()
        let friendshipLabel = try labels.resolved()
        let allowedHosts = try hosts.resolved()
        let limits = try signIn.resolved()
        let baseMap = try map.resolved()
        let tableLimits = try importLimits.resolved()
        let database = try await db.open(logger: logger, poolSize: try pool.resolved())
        // One bound for password hashes and the bcrypt checks of older tokens: both take this server's processors.
        let hashing = HashingLimit(maxConcurrent: limits.maxConcurrentHashes)
        let services = Services(
            database: database,
            accounts: AccountPolicies(
                hasher: BoundedHasher(BcryptHasher(), limit: hashing),
                tokenHasher: SecretDigestHasher(legacy: BoundedHasher(BcryptHasher(cost: 4), limit: hashing)),
                lockout: limits.lockout,
                session: limits.session))
        do {
            if demo, try await DemoData.loadIfEmpty(into: services.registry, reference: services.reference) {
                print("已载入演示数据（虚构）/ loaded the demo registry (fictional data)")
            }
            if demo, try await DemoData.loadExchangesIfEmpty(into: services) {
                print("已载入演示交流活动（虚构）/ loaded the demo exchanges (fictional data)")
            }
            if demo, try await DemoData.loadPlanIfEmpty(into: services) {
                print("已载入演示工作计划（虚构）/ loaded the demo plan (fictional data)")
            }
            if let notice = try await AccountCommands(stores: services.accounts, reference: services.reference)
                .firstRunNotice(demo: demo)
            {
                print(notice)
            }
            if demo, try await DemoData.loadNoticesIfEmpty(into: services) {
                print("已发送演示通知（虚构）/ sent the demo notices (fictional data)")
            }
            if demo, try await DemoData.loadMeetingIfEmpty(into: services) {
                print("已登记演示会议（虚构）/ recorded the demo meeting (fictional data)")
            }
            if demo, try await DemoData.loadProjectsIfEmpty(into: services, today: try PlanCommand.day(nil)) {
                print("已登记演示合作项目（虚构）/ recorded the demo projects (fictional data)")
            }
            if demo, try await DemoData.loadPipelineIfEmpty(into: services, today: try PlanCommand.day(nil)) {
                print("已登记演示结好意向（虚构）/ entered the demo prospects (fictional data)")
            }
            if demo, try await DemoData.loadIndicatorFiguresIfEmpty(into: services) {
                print("已填写演示指标目标与经费（虚构）/ set the demo indicator targets and amounts (fictional data)")
            }
            if demo, try await DemoData.loadMatchingIfEmpty(into: services) {
                print("已载入演示推荐结好设置 / stored the demo matching settings")
            }
            var configuration = WebConfiguration()
            configuration.host = host
            configuration.port = port
            configuration.allowedHosts = allowedHosts
            configuration.friendshipLabel = friendshipLabel
            configuration.baseMap = baseMap
            configuration.loginAttemptsPerMinute = limits.loginAttemptsPerMinute
            configuration.trustedProxies = limits.trustedProxies
            configuration.tableLimits = tableLimits
            // The banner shows while the registry is the demo, however it was started, and goes as soon as real
            // data is imported or added: it is asked for every page.
            let registry = services.registry
            let app = try buildApplication(
                services: services, configuration: configuration,
                options: WebOptions(isDemo: { (try? await DemoData.isDemo(registry)) ?? false }))
            print("友城 Youcheng: http://\(host):\(port)/  (\(database.url))")
            // Standard output is block-buffered when it goes to a log file: the demo password and the address must
            // be there before the server starts waiting for requests.
            fflush(nil)
            let release = Task { await FreedMemory.releaseWhenQuiet(first: { await database.releaseCaches() }) }
            defer { release.cancel() }
            try await app.runService()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}
