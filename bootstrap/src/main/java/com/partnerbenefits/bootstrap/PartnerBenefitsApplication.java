package com.partnerbenefits.bootstrap;

import com.partnerbenefits.bootstrap.security.ProductionSettings;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service. {@code java -jar partner-benefits.jar token <login>} prints a development token instead. */
@SpringBootApplication(scanBasePackages = {"com.partnerbenefits.bootstrap", "com.partnerbenefits.adapter.graphql"})
public class PartnerBenefitsApplication {

    public static void main(String[] args) {
        if (PartnerBenefitsApplication.class.getClassLoader().getResource("org/springframework/boot/SpringApplication.class") == null) {
            // partner-benefits.jar copied without the lib/ its manifest names: say so, rather than a NoClassDefFoundError
            System.err.println("partner-benefits.jar runs with the libraries beside it in lib/ (bootstrap/target/lib): "
                    + "copy both, or run partner-benefits-boot.jar, the same service in one file.");
            System.exit(1);
        }
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
