package com.partnerbenefits.bootstrap;

import com.partnerbenefits.bootstrap.security.ProductionSettings;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service. {@code java -jar partner-benefits.jar token <login>} prints a development token instead. */
@SpringBootApplication(scanBasePackages = {"com.partnerbenefits.bootstrap", "com.partnerbenefits.adapter.graphql"})
public class PartnerBenefitsApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("token")) {
            if (ProductionSettings.requested(args)) {
                System.err.println("The token helper is for development only; it is off in the prod profile.");
                System.exit(2);
            }
            System.exit(TokenCommand.run(args));
        }
        SpringApplication.run(PartnerBenefitsApplication.class, args);
    }
}
