package dev.okr.web.config;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Shared by every mapper: CDI beans, and a target field nobody maps fails the build. */
@MapperConfig(componentModel = MappingConstants.ComponentModel.CDI,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface OkrMapperConfig {
}
