package dev.okr.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupIdsTest {

  @Test
  void shouldNameHeadGroupsAfterTheirOrgUnits() {
    assertThat(GroupIds.regionHead("east")).isEqualTo("region-head-east");
    assertThat(GroupIds.teamManager("east-zhejiang")).isEqualTo("mgr-east-zhejiang");
  }

  @Test
  void shouldReadTheOrgUnitBackFromAGroupId() {
    assertThat(GroupIds.regionOfHeadGroup("region-head-south")).isEqualTo("south");
    assertThat(GroupIds.teamOfManagerGroup("mgr-north-beijing")).isEqualTo("north-beijing");
    assertThat(GroupIds.regionOfHeadGroup("staff")).isNull();
    assertThat(GroupIds.teamOfManagerGroup(null)).isNull();
  }
}
