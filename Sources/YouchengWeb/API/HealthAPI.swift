import Foundation
import Hummingbird

/// `GET /health`: 200 `{"status":"ok","database":"ok"}` when the database answers, 503 otherwise.
struct HealthAPI: Sendable {
    let dependencies: WebDependencies

    func check(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        do {
            try await dependencies.health()
            return JSONResponse.response(Data(#"{"status":"ok","database":"ok"}"#.utf8))
        } catch {
            context.logger.warning("health check failed", metadata: ["error": "\(String(reflecting: error))"])
            return JSONResponse.response(
                Data(#"{"status":"unavailable","database":"unreachable"}"#.utf8), status: .serviceUnavailable)
        }
    }
}
