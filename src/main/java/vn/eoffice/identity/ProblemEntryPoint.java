package vn.eoffice.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for the API as a problem detail, without the browser's Basic prompt; 429 with {@code Retry-After} for an
 * attempt that must wait ({@link LoginThrottle}).
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            tooManyAttempts(response, throttled.retryAfterSeconds());
            return;
        }
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", e instanceof SecondFactorRequiredException
                ? "Tài khoản này đăng nhập hai bước: với API hãy dùng mã truy cập (Bearer) tạo ở trang Hồ sơ cá nhân."
                : "Cần đăng nhập: dùng HTTP Basic hoặc mã truy cập (Bearer).");
    }

    static void tooManyAttempts(HttpServletResponse response, long seconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(seconds));
        write(response, 429, "Too Many Requests",
                "Đăng nhập tạm thời bị chặn, vui lòng thử lại sau " + seconds + " giây.");
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
