package vn.eoffice.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a page number whose first row lies beyond what a database query can address ({@code page × size} past
 * 2³¹), for every list at once: {@code ?page=2147483647} is a client's mistake (400), not a failed query. Values
 * that are not numbers are left to the binding, which refuses them by name.
 */
class PageRange implements HandlerInterceptor {

    /** The largest page size any list accepts; a missing or smaller size is counted as this. */
    static final int LARGEST_PAGE_SIZE = 100;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long page = number(request.getParameter("page"));
        if (page > 0 && page * Math.max(number(request.getParameter("size")), LARGEST_PAGE_SIZE) > Integer.MAX_VALUE) {
            throw new DomainException("error.page.outOfRange");
        }
        return true;
    }

    private static long number(String value) {
        if (value == null || !value.trim().matches("\\d{1,18}")) {
            return 0;
        }
        return Long.parseLong(value.trim());
    }
}
