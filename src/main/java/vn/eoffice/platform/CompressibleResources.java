package vn.eoffice.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the server gzip stylesheets and scripts: the resource chain tags them with a strong ETag (their content hash),
 * and Tomcat leaves a response with a strong ETag uncompressed, since a compressed body is no longer byte-identical.
 * The tag is sent weak instead, which is what it is once compressed; revalidation compares weakly anyway.
 */
@Component
class CompressibleResources extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, weak(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, weak(name, value));
            }
        });
    }

    private static String weak(String name, String value) {
        return "ETag".equalsIgnoreCase(name) && value != null && value.startsWith("\"") ? "W/" + value : value;
    }
}
