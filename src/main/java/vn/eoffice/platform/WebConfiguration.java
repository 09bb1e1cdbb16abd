package vn.eoffice.platform;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Locale, interceptors and static resources. Stylesheets, scripts and webjars are served under URLs that carry a hash
 * of their content (links written with {@code @{...}} are rewritten by Boot's ResourceUrlEncodingFilter), so a
 * browser keeps them for a year without asking again; a changed file gets a new URL. Ordered before Boot's own
 * configurer, which then leaves these paths alone.
 */
@Configuration(proxyBeanMethods = false)
@Order(-1)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Vietnamese first; {@code ?lang=en} switches and the choice is kept in a cookie for a year. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("eoffice-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new PageRange());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // replaces Boot's locale-dependent date style (lenient: 31/02 would become 28/02)
        registry.removeConvertible(String.class, java.time.LocalDate.class);
        registry.removeConvertible(java.time.LocalDate.class, String.class);
        registry.addFormatterForFieldType(java.time.LocalDate.class, new OfficeDateFormatter());
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        var year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year).resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addResolver(new LiteWebJarsResourceResolver())
                .addTransformer(new CssLinkResourceTransformer());
        for (String folder : new String[] { "css", "js" }) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year).resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                    .addTransformer(new CssLinkResourceTransformer());
        }
    }
}
