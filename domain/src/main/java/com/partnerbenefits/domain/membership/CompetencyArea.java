package com.partnerbenefits.domain.membership;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The competency areas a Silver or Gold membership can name. Six are cloud areas (they earn
 * unlimited Signature Cloud Support); every other area is "other".
 */
public record CompetencyArea(String name, boolean cloud) {

    public static final List<CompetencyArea> CLOUD = Stream.of(
            "Security",
            "Cloud Business Applications",
            "Cloud Platform",
            "Cloud Productivity",
            "Enterprise Mobility Management",
            "Small and Midmarket Cloud Solutions")
            .map(name -> new CompetencyArea(name, true)).toList();

    public static final List<CompetencyArea> OTHER = Stream.of(
            "Application Development",
            "Application Integration",
            "Collaboration and Content",
            "Communications",
            "Data Analytics",
            "Data Center",
            "Data Platform",
            "DevOps",
            "Enterprise Resource Planning",
            "Learning",
            "Messaging",
            "Project and Portfolio Management",
            "Windows and Devices")
            .map(name -> new CompetencyArea(name, false)).toList();

    public static final List<CompetencyArea> ALL = Stream.concat(CLOUD.stream(), OTHER.stream()).toList();

    /** Looks an area up by name, ignoring case and surrounding blanks. */
    public static Optional<CompetencyArea> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(area -> area.name.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
