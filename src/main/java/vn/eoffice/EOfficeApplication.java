package vn.eoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * eOffice: the electronic office of a Party commission, one deployable made of modules.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Modulithic(sharedModules = "platform")
public class EOfficeApplication {

    public static void main(String[] args) {
        SpringApplication.run(EOfficeApplication.class, args);
    }
}
