/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEntry_entry on AuditEntry {\n    seq\n    occurredAt\n    actorRole\n    ip\n    action\n    entity\n    entityId\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEntry_EntryFragmentDoc,
    "\n  query RecordHistory($subjectType: AuditSubject!, $id: ID!, $first: Int, $after: String) {\n    recordHistory(subjectType: $subjectType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditVerification {\n    auditVerification {\n      ok\n      seals\n      rowsSealed\n      brokenSealId\n    }\n  }\n": typeof types.AuditVerificationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment CoachProfileFields_profile on CoachProfile {\n    userId\n    expertise\n    languages\n    regionCodes\n    valueChainIds\n    weeklyCapacityHours\n    external\n    bio\n    version\n  }\n": typeof types.CoachProfileFields_ProfileFragmentDoc,
    "\n  query CoachesOverview {\n    coaches {\n      id\n      displayName\n      email\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n": typeof types.CoachesOverviewDocument,
    "\n  query MyCoachProfile {\n    me {\n      id\n      displayName\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n": typeof types.MyCoachProfileDocument,
    "\n  mutation SaveCoachProfile($input: CoachProfileInput!) {\n    saveCoachProfile(input: $input) {\n      ...CoachProfileFields_profile\n    }\n  }\n": typeof types.SaveCoachProfileDocument,
    "\n  query Cooperatives($first: Int!, $after: String, $filter: CooperativeFilter) {\n    cooperatives(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          nameAr\n          legalForm\n          region {\n            code\n            nameFr\n            nameAr\n          }\n          members {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CooperativesDocument,
    "\n  query Cooperative($id: ID!) {\n    cooperative(id: $id) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      members {\n        id\n        role\n        since\n        until\n        personId\n        person {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n      ventures {\n        id\n        title\n        stage\n        daysInStage\n      }\n    }\n  }\n": typeof types.CooperativeDocument,
    "\n  query CooperativePersonSearch($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n": typeof types.CooperativePersonSearchDocument,
    "\n  mutation CreateCooperative($input: CreateCooperativeInput!) {\n    createCooperative(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCooperativeDocument,
    "\n  mutation AddCooperativeMember($input: AddMemberInput!) {\n    addCooperativeMember(input: $input) {\n      id\n      role\n      since\n    }\n  }\n": typeof types.AddCooperativeMemberDocument,
    "\n  mutation EndCooperativeMembership($memberId: ID!, $until: String) {\n    endCooperativeMembership(memberId: $memberId, until: $until) {\n      id\n      until\n    }\n  }\n": typeof types.EndCooperativeMembershipDocument,
    "\n  mutation UpdateCooperative($input: UpdateCooperativeInput!) {\n    updateCooperative(input: $input) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": typeof types.UpdateCooperativeDocument,
    "\n  mutation ArchiveCooperative($input: ArchiveInput!) {\n    archiveCooperative(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchiveCooperativeDocument,
    "\n  mutation EnrolPeople($input: EnrolPeopleInput!) {\n    enrolPeople(input: $input) {\n      id\n      personId\n    }\n  }\n": typeof types.EnrolPeopleDocument,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    months\n    dueOn\n    status\n    overdue\n    stillOperating\n    revenue\n    jobsTotal\n    jobsWomen\n    jobsYouth\n    note\n    recordedAt\n    version\n    person {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    program {\n      id\n      name\n    }\n    coach {\n      id\n      displayName\n    }\n  }\n": typeof types.FollowUpItem_FollowUpFragmentDoc,
    "\n  query FollowUpRates($programId: ID) {\n    followUpRates(programId: $programId) {\n      months\n      due\n      overdue\n      recorded\n      stillOperating\n      survivalRate\n    }\n  }\n": typeof types.FollowUpRatesDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      ...FollowUpItem_followUp\n    }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  query HomeAlerts {\n    alerts(limit: 30) {\n      kind\n      ventureId\n      personId\n      actionItemId\n      followUpId\n      label\n      days\n    }\n  }\n": typeof types.HomeAlertsDocument,
    "\n  query ImpactDashboard($filter: ImpactFilter) {\n    impact(filter: $filter) {\n      asOf\n      source\n      beneficiaries\n      women\n      womenShare\n      neet\n      neetShare\n      rural\n      ruralShare\n      youth\n      youthShare\n      regionsCovered\n      cooperatives\n      cooperativeMembers\n      sessionsDelivered\n      sessionHours\n      peopleTrained\n      ventures\n      venturesOperating\n      venturesOperatingShare\n      revenue\n      jobsCreated\n      droppedOut\n      dropoutRate\n      byRegion {\n        regionCode\n        beneficiaries\n        women\n      }\n      byGender {\n        gender\n        beneficiaries\n      }\n      byStage {\n        stage\n        ventures\n        reached\n        conversionFromPrevious\n      }\n      byPeriod(granularity: MONTH) {\n        period\n        beneficiaries\n        sessionsDelivered\n      }\n      byCoach {\n        coachId\n        displayName\n        sessions\n        hours\n      }\n      targets {\n        programId\n        programName\n        indicator\n        target\n        actual\n        progress\n        expected\n        onPace\n      }\n    }\n  }\n": typeof types.ImpactDashboardDocument,
    "\n  query ImpactPeople($measure: ImpactPeopleMeasure!, $filter: ImpactFilter, $after: String) {\n    impactPeople(measure: $measure, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n": typeof types.ImpactPeopleDocument,
    "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      uploadId\n      fileName\n      mapping {\n        header\n        column\n      }\n      ignoredColumns\n      rows\n      totalRows\n      created\n      updated\n      unchanged\n      rejectedRows\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n": typeof types.PreviewPeopleImportDocument,
    "\n  mutation StartPeopleImport($input: PeopleImportInput!) {\n    startPeopleImport(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StartPeopleImportDocument,
    "\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      totalRows\n      createdCount\n      updatedCount\n      unchangedCount\n      rejectedCount\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n": typeof types.ImportRunDocument,
    "\n  query ImportRuns($first: Int!, $after: String) {\n    importRuns(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          dryRun\n          startedAt\n          ranBy\n          totalRows\n          createdCount\n          updatedCount\n          unchangedCount\n          rejectedCount\n        }\n      }\n    }\n  }\n": typeof types.ImportRunsDocument,
    "\n  fragment DuplicatePerson on Person {\n    id\n    version\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    commune\n    createdAt\n  }\n": typeof types.DuplicatePersonFragmentDoc,
    "\n  query PersonDuplicates($first: Int, $after: String) {\n    personDuplicates(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          reason\n          similarity\n          person {\n            ...DuplicatePerson\n          }\n          other {\n            ...DuplicatePerson\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PersonDuplicatesDocument,
    "\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MergePeopleDocument,
    "\n  mutation DismissPersonDuplicate($input: PersonPairInput!) {\n    dismissPersonDuplicate(input: $input)\n  }\n": typeof types.DismissPersonDuplicateDocument,
    "\n  mutation CompleteActionItem($id: ID!, $version: Int!, $done: Boolean!) {\n    completeActionItem(id: $id, version: $version, done: $done) {\n      id\n      status\n      overdue\n      version\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation RecordMonthlySales($input: RecordEconomicResultInput!) {\n    recordEconomicResult(input: $input) {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n      ventureId\n    }\n  }\n": typeof types.RecordMonthlySalesDocument,
    "\n  mutation ConfirmAttendance($sessionId: ID!) {\n    confirmAttendance(sessionId: $sessionId) {\n      id\n      participants {\n        personId\n        confirmedAt\n      }\n    }\n  }\n": typeof types.ConfirmAttendanceDocument,
    "\n  fragment JourneyVenture_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    stageHistory {\n      id\n      fromStage\n      toStage\n      changedOn\n      note\n    }\n    actionItems {\n      id\n      title\n      dueOn\n      status\n      overdue\n      ownerKind\n      version\n    }\n    results {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n    }\n    resultsSummary {\n      lastPeriodRevenue\n      revenueGrowth\n      totalJobs\n    }\n  }\n": typeof types.JourneyVenture_VentureFragmentDoc,
    "\n  fragment JourneySession_session on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    place\n    mode\n    participants {\n      personId\n      confirmedAt\n    }\n  }\n": typeof types.JourneySession_SessionFragmentDoc,
    "\n  query MyJourney {\n    myJourney {\n      person {\n        id\n        firstName\n        firstNameAr\n      }\n      ventures {\n        ...JourneyVenture_venture\n      }\n      upcomingSessions {\n        ...JourneySession_session\n      }\n    }\n  }\n": typeof types.MyJourneyDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonListItem_PersonFragmentDoc,
    "\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n": typeof types.CoachesDocument,
    "\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n": typeof types.EnrolPersonDocument,
    "\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": typeof types.UpdateEnrolmentDocument,
    "\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": typeof types.LikelyDuplicatesDocument,
    "\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n": typeof types.EnrolmentItem_EnrolmentFragmentDoc,
    "\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    consentGivenBy\n    erasedAt\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": typeof types.PersonDetails_PersonFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n": typeof types.ArchivePersonDocument,
    "\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n": typeof types.RevealNationalIdDocument,
    "\n  query ConsentNotice {\n    consentNotice {\n      id\n      version\n      textAr\n      textFr\n      textEn\n    }\n  }\n": typeof types.ConsentNoticeDocument,
    "\n  mutation ErasePerson($id: ID!, $confirmation: String!) {\n    erasePerson(id: $id, confirmation: $confirmation) {\n      personId\n      pseudonym\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  query PrivacySettings {\n    consentNotices {\n      id\n      version\n      textAr\n      textFr\n      textEn\n      createdAt\n    }\n    complianceRecord {\n      version\n      hostingLocation\n      updatedAt\n      peopleWithNationalId\n      nationalIdAuthorised\n      processors {\n        name\n        purpose\n        country\n      }\n      declarations {\n        processing\n        kind\n        number\n        grantedOn\n      }\n      retention {\n        category\n        years\n      }\n    }\n    retentionRuns(first: 10) {\n      id\n      asOf\n      ranAt\n      pseudonymised\n      rules {\n        category\n        years\n        pseudonymised\n      }\n    }\n  }\n": typeof types.PrivacySettingsDocument,
    "\n  mutation PublishConsentNotice($input: ConsentNoticeInput!) {\n    publishConsentNotice(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PublishConsentNoticeDocument,
    "\n  mutation UpdateComplianceRecord($input: ComplianceRecordInput!) {\n    updateComplianceRecord(input: $input) {\n      version\n      hostingLocation\n      updatedAt\n      nationalIdAuthorised\n    }\n  }\n": typeof types.UpdateComplianceRecordDocument,
    "\n  query ProgramLeads {\n    programLeads {\n      id\n      displayName\n    }\n  }\n": typeof types.ProgramLeadsDocument,
    "\n  query ProgramPartnerOptions {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgramPartnerOptionsDocument,
    "\n  query ProgramTargets($id: ID!) {\n    program(id: $id) {\n      id\n      stallAfterDays\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n": typeof types.ProgramTargetsDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      ...ProgramDetails_program\n      stallAfterDays\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation SetProgramTargets($input: SetProgramTargetsInput!) {\n    setProgramTargets(input: $input) {\n      id\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n": typeof types.SetProgramTargetsDocument,
    "\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramOptionsDocument,
    "\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": typeof types.ProgramListItem_ProgramFragmentDoc,
    "\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    partners {\n      id\n      name\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": typeof types.ProgramDetails_ProgramFragmentDoc,
    "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  fragment SessionFields on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    topics\n    notes\n    nextSteps\n    cancelReason\n    capacity\n    seriesId\n    version\n    coaches {\n      id\n      displayName\n    }\n    participants {\n      personId\n      attendance\n      confirmedAt\n      waitlisted\n      waitlistRank\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  fragment AgendaSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    notes\n    nextSteps\n    version\n    participants {\n      personId\n      attendance\n      waitlisted\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n": typeof types.AgendaSessionFragmentDoc,
    "\n  query Agenda($toLogFilter: SessionFilter!, $comingFilter: SessionFilter!) {\n    toLog: sessions(first: 20, filter: $toLogFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n    coming: sessions(first: 40, filter: $comingFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n": typeof types.SessionDocument,
    "\n  query CheckSessionSlot($input: SlotCheckInput!) {\n    checkSessionSlot(input: $input) {\n      coachClashes {\n        coachId\n        startsAt\n        endsAt\n      }\n      participantClashes {\n        personId\n        startsAt\n        endsAt\n      }\n      outsideWorkingHours\n      freeSlots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.CheckSessionSlotDocument,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ScheduleSessionDocument,
    "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LogSessionDocument,
    "\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RescheduleSessionDocument,
    "\n  query ParticipantSearch($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n": typeof types.ParticipantSearchDocument,
    "\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation RemoveSessionParticipant($input: RemoveParticipantInput!) {\n    removeSessionParticipant(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RemoveSessionParticipantDocument,
    "\n  mutation AddSessionParticipants($input: AddParticipantsInput!) {\n    addSessionParticipants(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AddSessionParticipantsDocument,
    "\n  query PersonTrainingRecord($id: ID!) {\n    person(id: $id) {\n      id\n      trainingRecord {\n        trainings\n        attended\n        excused\n        absent\n        attendanceRate\n        absencesInARow\n      }\n    }\n    sessions(first: 50, filter: { personId: $id, kind: TRAINING }) {\n      edges {\n        node {\n          id\n          startsAt\n          status\n          topics\n          participants {\n            personId\n            attendance\n            waitlisted\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonTrainingRecordDocument,
    "\n  fragment CalendarSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    status\n    place\n    version\n    coaches {\n      id\n      displayName\n    }\n  }\n": typeof types.CalendarSessionFragmentDoc,
    "\n  query CalendarSessions($filter: SessionFilter!) {\n    sessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          ...CalendarSession\n        }\n      }\n    }\n  }\n": typeof types.CalendarSessionsDocument,
    "\n  mutation MoveSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...CalendarSession\n    }\n  }\n": typeof types.MoveSessionDocument,
    "\n  query CohortAssignmentPreview($cohortId: ID!) {\n    cohortAssignmentPreview(cohortId: $cohortId) {\n      ...CohortPlan\n    }\n  }\n": typeof types.CohortAssignmentPreviewDocument,
    "\n  mutation AssignCohortCoaches($input: AssignCohortCoachesInput!) {\n    assignCohortCoaches(input: $input) {\n      ...CohortPlan\n    }\n  }\n": typeof types.AssignCohortCoachesDocument,
    "\n  fragment CohortPlan on CohortAssignmentPlan {\n    cohortId\n    assignments {\n      enrolmentId\n      personId\n      coachId\n      travel\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n    unassignedPersonIds\n    loads {\n      coachId\n      capacity\n      loadBefore\n      loadAfter\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CohortPlanFragmentDoc,
    "\n  query SettingsValueChains($includeArchived: Boolean!) {\n    valueChains(includeArchived: $includeArchived) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n": typeof types.SettingsValueChainsDocument,
    "\n  mutation CreateValueChain($input: CreateValueChainInput!) {\n    createValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n": typeof types.CreateValueChainDocument,
    "\n  mutation UpdateValueChain($input: UpdateValueChainInput!) {\n    updateValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n": typeof types.UpdateValueChainDocument,
    "\n  mutation ArchiveValueChain($id: ID!, $version: Int!) {\n    archiveValueChain(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchiveValueChainDocument,
    "\n  fragment PartnerFields_partner on Partner {\n    id\n    name\n    kind\n    countryCode\n    contactName\n    contactEmail\n    contactPhone\n    website\n    notes\n    archivedAt\n    version\n  }\n": typeof types.PartnerFields_PartnerFragmentDoc,
    "\n  query SettingsPartners($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerFields_partner\n        }\n      }\n    }\n  }\n": typeof types.SettingsPartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  mutation ArchivePartner($id: ID!, $version: Int!) {\n    archivePartner(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchivePartnerDocument,
    "\n  fragment VentureCard_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    version\n    programId\n    ownerPerson {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    ownerCooperative {\n      id\n      name\n      nameAr\n    }\n  }\n": typeof types.VentureCard_VentureFragmentDoc,
    "\n  query VenturesBoard($first: Int!, $filter: VentureFilter) {\n    ventures(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...VentureCard_venture\n        }\n      }\n    }\n  }\n": typeof types.VenturesBoardDocument,
    "\n  query VentureFunnel($filter: VentureFilter) {\n    ventureFunnel(filter: $filter) {\n      stage\n      current\n      reached\n      conversion\n      medianDays\n    }\n  }\n": typeof types.VentureFunnelDocument,
    "\n  query StageCriteria($programId: ID!, $stage: Stage) {\n    stageCriteria(programId: $programId, stage: $stage) {\n      id\n      labelFr\n      labelAr\n      position\n      stage\n    }\n  }\n": typeof types.StageCriteriaDocument,
    "\n  mutation MoveVentureStage($input: MoveVentureStageInput!) {\n    moveVentureStage(input: $input) {\n      ...VentureCard_venture\n    }\n  }\n": typeof types.MoveVentureStageDocument,
    "\n  query ValueChainOptions {\n    valueChains {\n      id\n      nameFr\n      nameAr\n    }\n  }\n": typeof types.ValueChainOptionsDocument,
    "\n  query Venture($id: ID!) {\n    venture(id: $id) {\n      ...VentureCard_venture\n      description\n      valueChainId\n      provinceCode\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        changedOn\n        note\n        evidence\n        justification\n      }\n      actionItems(includeClosed: true) {\n        id\n        title\n        dueOn\n        status\n        overdue\n      }\n      results {\n        id\n        periodKind\n        periodStart\n        revenue\n        costs\n        jobsTotal\n      }\n      referrals {\n        id\n        partnerName\n        kind\n        outcome\n        referredOn\n        amount\n      }\n    }\n  }\n": typeof types.VentureDocument,
    "\n  query VentureOwner($personId: ID!, $withPerson: Boolean!, $cooperativeId: ID!, $withCooperative: Boolean!) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    cooperative(id: $cooperativeId) @include(if: $withCooperative) {\n      id\n      name\n      nameAr\n    }\n  }\n": typeof types.VentureOwnerDocument,
    "\n  query CooperativeOwnerSearch($search: String!) {\n    cooperatives(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nameAr\n        }\n      }\n    }\n  }\n": typeof types.CooperativeOwnerSearchDocument,
    "\n  mutation CreateVenture($input: CreateVentureInput!) {\n    createVenture(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateVentureDocument,
    "\n  mutation UpdateVenture($input: UpdateVentureInput!) {\n    updateVenture(input: $input) {\n      id\n      title\n      description\n      valueChainId\n      regionCode\n      provinceCode\n      programId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateVentureDocument,
};
const documents: Documents = {
    "\n  fragment AuditEntry_entry on AuditEntry {\n    seq\n    occurredAt\n    actorRole\n    ip\n    action\n    entity\n    entityId\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEntry_EntryFragmentDoc,
    "\n  query RecordHistory($subjectType: AuditSubject!, $id: ID!, $first: Int, $after: String) {\n    recordHistory(subjectType: $subjectType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditVerification {\n    auditVerification {\n      ok\n      seals\n      rowsSealed\n      brokenSealId\n    }\n  }\n": types.AuditVerificationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment CoachProfileFields_profile on CoachProfile {\n    userId\n    expertise\n    languages\n    regionCodes\n    valueChainIds\n    weeklyCapacityHours\n    external\n    bio\n    version\n  }\n": types.CoachProfileFields_ProfileFragmentDoc,
    "\n  query CoachesOverview {\n    coaches {\n      id\n      displayName\n      email\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n": types.CoachesOverviewDocument,
    "\n  query MyCoachProfile {\n    me {\n      id\n      displayName\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n": types.MyCoachProfileDocument,
    "\n  mutation SaveCoachProfile($input: CoachProfileInput!) {\n    saveCoachProfile(input: $input) {\n      ...CoachProfileFields_profile\n    }\n  }\n": types.SaveCoachProfileDocument,
    "\n  query Cooperatives($first: Int!, $after: String, $filter: CooperativeFilter) {\n    cooperatives(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          nameAr\n          legalForm\n          region {\n            code\n            nameFr\n            nameAr\n          }\n          members {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CooperativesDocument,
    "\n  query Cooperative($id: ID!) {\n    cooperative(id: $id) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      members {\n        id\n        role\n        since\n        until\n        personId\n        person {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n      ventures {\n        id\n        title\n        stage\n        daysInStage\n      }\n    }\n  }\n": types.CooperativeDocument,
    "\n  query CooperativePersonSearch($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n": types.CooperativePersonSearchDocument,
    "\n  mutation CreateCooperative($input: CreateCooperativeInput!) {\n    createCooperative(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCooperativeDocument,
    "\n  mutation AddCooperativeMember($input: AddMemberInput!) {\n    addCooperativeMember(input: $input) {\n      id\n      role\n      since\n    }\n  }\n": types.AddCooperativeMemberDocument,
    "\n  mutation EndCooperativeMembership($memberId: ID!, $until: String) {\n    endCooperativeMembership(memberId: $memberId, until: $until) {\n      id\n      until\n    }\n  }\n": types.EndCooperativeMembershipDocument,
    "\n  mutation UpdateCooperative($input: UpdateCooperativeInput!) {\n    updateCooperative(input: $input) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": types.UpdateCooperativeDocument,
    "\n  mutation ArchiveCooperative($input: ArchiveInput!) {\n    archiveCooperative(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchiveCooperativeDocument,
    "\n  mutation EnrolPeople($input: EnrolPeopleInput!) {\n    enrolPeople(input: $input) {\n      id\n      personId\n    }\n  }\n": types.EnrolPeopleDocument,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    months\n    dueOn\n    status\n    overdue\n    stillOperating\n    revenue\n    jobsTotal\n    jobsWomen\n    jobsYouth\n    note\n    recordedAt\n    version\n    person {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    program {\n      id\n      name\n    }\n    coach {\n      id\n      displayName\n    }\n  }\n": types.FollowUpItem_FollowUpFragmentDoc,
    "\n  query FollowUpRates($programId: ID) {\n    followUpRates(programId: $programId) {\n      months\n      due\n      overdue\n      recorded\n      stillOperating\n      survivalRate\n    }\n  }\n": types.FollowUpRatesDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      ...FollowUpItem_followUp\n    }\n  }\n": types.RecordFollowUpDocument,
    "\n  query HomeAlerts {\n    alerts(limit: 30) {\n      kind\n      ventureId\n      personId\n      actionItemId\n      followUpId\n      label\n      days\n    }\n  }\n": types.HomeAlertsDocument,
    "\n  query ImpactDashboard($filter: ImpactFilter) {\n    impact(filter: $filter) {\n      asOf\n      source\n      beneficiaries\n      women\n      womenShare\n      neet\n      neetShare\n      rural\n      ruralShare\n      youth\n      youthShare\n      regionsCovered\n      cooperatives\n      cooperativeMembers\n      sessionsDelivered\n      sessionHours\n      peopleTrained\n      ventures\n      venturesOperating\n      venturesOperatingShare\n      revenue\n      jobsCreated\n      droppedOut\n      dropoutRate\n      byRegion {\n        regionCode\n        beneficiaries\n        women\n      }\n      byGender {\n        gender\n        beneficiaries\n      }\n      byStage {\n        stage\n        ventures\n        reached\n        conversionFromPrevious\n      }\n      byPeriod(granularity: MONTH) {\n        period\n        beneficiaries\n        sessionsDelivered\n      }\n      byCoach {\n        coachId\n        displayName\n        sessions\n        hours\n      }\n      targets {\n        programId\n        programName\n        indicator\n        target\n        actual\n        progress\n        expected\n        onPace\n      }\n    }\n  }\n": types.ImpactDashboardDocument,
    "\n  query ImpactPeople($measure: ImpactPeopleMeasure!, $filter: ImpactFilter, $after: String) {\n    impactPeople(measure: $measure, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n": types.ImpactPeopleDocument,
    "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      uploadId\n      fileName\n      mapping {\n        header\n        column\n      }\n      ignoredColumns\n      rows\n      totalRows\n      created\n      updated\n      unchanged\n      rejectedRows\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n": types.PreviewPeopleImportDocument,
    "\n  mutation StartPeopleImport($input: PeopleImportInput!) {\n    startPeopleImport(input: $input) {\n      id\n      status\n    }\n  }\n": types.StartPeopleImportDocument,
    "\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      totalRows\n      createdCount\n      updatedCount\n      unchangedCount\n      rejectedCount\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n": types.ImportRunDocument,
    "\n  query ImportRuns($first: Int!, $after: String) {\n    importRuns(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          dryRun\n          startedAt\n          ranBy\n          totalRows\n          createdCount\n          updatedCount\n          unchangedCount\n          rejectedCount\n        }\n      }\n    }\n  }\n": types.ImportRunsDocument,
    "\n  fragment DuplicatePerson on Person {\n    id\n    version\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    commune\n    createdAt\n  }\n": types.DuplicatePersonFragmentDoc,
    "\n  query PersonDuplicates($first: Int, $after: String) {\n    personDuplicates(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          reason\n          similarity\n          person {\n            ...DuplicatePerson\n          }\n          other {\n            ...DuplicatePerson\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PersonDuplicatesDocument,
    "\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      id\n      version\n    }\n  }\n": types.MergePeopleDocument,
    "\n  mutation DismissPersonDuplicate($input: PersonPairInput!) {\n    dismissPersonDuplicate(input: $input)\n  }\n": types.DismissPersonDuplicateDocument,
    "\n  mutation CompleteActionItem($id: ID!, $version: Int!, $done: Boolean!) {\n    completeActionItem(id: $id, version: $version, done: $done) {\n      id\n      status\n      overdue\n      version\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation RecordMonthlySales($input: RecordEconomicResultInput!) {\n    recordEconomicResult(input: $input) {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n      ventureId\n    }\n  }\n": types.RecordMonthlySalesDocument,
    "\n  mutation ConfirmAttendance($sessionId: ID!) {\n    confirmAttendance(sessionId: $sessionId) {\n      id\n      participants {\n        personId\n        confirmedAt\n      }\n    }\n  }\n": types.ConfirmAttendanceDocument,
    "\n  fragment JourneyVenture_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    stageHistory {\n      id\n      fromStage\n      toStage\n      changedOn\n      note\n    }\n    actionItems {\n      id\n      title\n      dueOn\n      status\n      overdue\n      ownerKind\n      version\n    }\n    results {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n    }\n    resultsSummary {\n      lastPeriodRevenue\n      revenueGrowth\n      totalJobs\n    }\n  }\n": types.JourneyVenture_VentureFragmentDoc,
    "\n  fragment JourneySession_session on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    place\n    mode\n    participants {\n      personId\n      confirmedAt\n    }\n  }\n": types.JourneySession_SessionFragmentDoc,
    "\n  query MyJourney {\n    myJourney {\n      person {\n        id\n        firstName\n        firstNameAr\n      }\n      ventures {\n        ...JourneyVenture_venture\n      }\n      upcomingSessions {\n        ...JourneySession_session\n      }\n    }\n  }\n": types.MyJourneyDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": types.PersonListItem_PersonFragmentDoc,
    "\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n": types.CoachesDocument,
    "\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n": types.EnrolPersonDocument,
    "\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": types.UpdateEnrolmentDocument,
    "\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": types.LikelyDuplicatesDocument,
    "\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n": types.EnrolmentItem_EnrolmentFragmentDoc,
    "\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    consentGivenBy\n    erasedAt\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n": types.PersonDetails_PersonFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n": types.ArchivePersonDocument,
    "\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n": types.RevealNationalIdDocument,
    "\n  query ConsentNotice {\n    consentNotice {\n      id\n      version\n      textAr\n      textFr\n      textEn\n    }\n  }\n": types.ConsentNoticeDocument,
    "\n  mutation ErasePerson($id: ID!, $confirmation: String!) {\n    erasePerson(id: $id, confirmation: $confirmation) {\n      personId\n      pseudonym\n    }\n  }\n": types.ErasePersonDocument,
    "\n  query PrivacySettings {\n    consentNotices {\n      id\n      version\n      textAr\n      textFr\n      textEn\n      createdAt\n    }\n    complianceRecord {\n      version\n      hostingLocation\n      updatedAt\n      peopleWithNationalId\n      nationalIdAuthorised\n      processors {\n        name\n        purpose\n        country\n      }\n      declarations {\n        processing\n        kind\n        number\n        grantedOn\n      }\n      retention {\n        category\n        years\n      }\n    }\n    retentionRuns(first: 10) {\n      id\n      asOf\n      ranAt\n      pseudonymised\n      rules {\n        category\n        years\n        pseudonymised\n      }\n    }\n  }\n": types.PrivacySettingsDocument,
    "\n  mutation PublishConsentNotice($input: ConsentNoticeInput!) {\n    publishConsentNotice(input: $input) {\n      id\n      version\n    }\n  }\n": types.PublishConsentNoticeDocument,
    "\n  mutation UpdateComplianceRecord($input: ComplianceRecordInput!) {\n    updateComplianceRecord(input: $input) {\n      version\n      hostingLocation\n      updatedAt\n      nationalIdAuthorised\n    }\n  }\n": types.UpdateComplianceRecordDocument,
    "\n  query ProgramLeads {\n    programLeads {\n      id\n      displayName\n    }\n  }\n": types.ProgramLeadsDocument,
    "\n  query ProgramPartnerOptions {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProgramPartnerOptionsDocument,
    "\n  query ProgramTargets($id: ID!) {\n    program(id: $id) {\n      id\n      stallAfterDays\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n": types.ProgramTargetsDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      ...ProgramDetails_program\n      stallAfterDays\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation SetProgramTargets($input: SetProgramTargetsInput!) {\n    setProgramTargets(input: $input) {\n      id\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n": types.SetProgramTargetsDocument,
    "\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProgramOptionsDocument,
    "\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": types.ProgramListItem_ProgramFragmentDoc,
    "\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    partners {\n      id\n      name\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n": types.ProgramDetails_ProgramFragmentDoc,
    "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n": types.ProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n": types.ProgramDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  fragment SessionFields on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    topics\n    notes\n    nextSteps\n    cancelReason\n    capacity\n    seriesId\n    version\n    coaches {\n      id\n      displayName\n    }\n    participants {\n      personId\n      attendance\n      confirmedAt\n      waitlisted\n      waitlistRank\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  fragment AgendaSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    notes\n    nextSteps\n    version\n    participants {\n      personId\n      attendance\n      waitlisted\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n": types.AgendaSessionFragmentDoc,
    "\n  query Agenda($toLogFilter: SessionFilter!, $comingFilter: SessionFilter!) {\n    toLog: sessions(first: 20, filter: $toLogFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n    coming: sessions(first: 40, filter: $comingFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n  }\n": types.AgendaDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n": types.SessionDocument,
    "\n  query CheckSessionSlot($input: SlotCheckInput!) {\n    checkSessionSlot(input: $input) {\n      coachClashes {\n        coachId\n        startsAt\n        endsAt\n      }\n      participantClashes {\n        personId\n        startsAt\n        endsAt\n      }\n      outsideWorkingHours\n      freeSlots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.CheckSessionSlotDocument,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ScheduleSessionDocument,
    "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LogSessionDocument,
    "\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RescheduleSessionDocument,
    "\n  query ParticipantSearch($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n": types.ParticipantSearchDocument,
    "\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation RemoveSessionParticipant($input: RemoveParticipantInput!) {\n    removeSessionParticipant(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RemoveSessionParticipantDocument,
    "\n  mutation AddSessionParticipants($input: AddParticipantsInput!) {\n    addSessionParticipants(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AddSessionParticipantsDocument,
    "\n  query PersonTrainingRecord($id: ID!) {\n    person(id: $id) {\n      id\n      trainingRecord {\n        trainings\n        attended\n        excused\n        absent\n        attendanceRate\n        absencesInARow\n      }\n    }\n    sessions(first: 50, filter: { personId: $id, kind: TRAINING }) {\n      edges {\n        node {\n          id\n          startsAt\n          status\n          topics\n          participants {\n            personId\n            attendance\n            waitlisted\n          }\n        }\n      }\n    }\n  }\n": types.PersonTrainingRecordDocument,
    "\n  fragment CalendarSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    status\n    place\n    version\n    coaches {\n      id\n      displayName\n    }\n  }\n": types.CalendarSessionFragmentDoc,
    "\n  query CalendarSessions($filter: SessionFilter!) {\n    sessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          ...CalendarSession\n        }\n      }\n    }\n  }\n": types.CalendarSessionsDocument,
    "\n  mutation MoveSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...CalendarSession\n    }\n  }\n": types.MoveSessionDocument,
    "\n  query CohortAssignmentPreview($cohortId: ID!) {\n    cohortAssignmentPreview(cohortId: $cohortId) {\n      ...CohortPlan\n    }\n  }\n": types.CohortAssignmentPreviewDocument,
    "\n  mutation AssignCohortCoaches($input: AssignCohortCoachesInput!) {\n    assignCohortCoaches(input: $input) {\n      ...CohortPlan\n    }\n  }\n": types.AssignCohortCoachesDocument,
    "\n  fragment CohortPlan on CohortAssignmentPlan {\n    cohortId\n    assignments {\n      enrolmentId\n      personId\n      coachId\n      travel\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n    unassignedPersonIds\n    loads {\n      coachId\n      capacity\n      loadBefore\n      loadAfter\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": types.CohortPlanFragmentDoc,
    "\n  query SettingsValueChains($includeArchived: Boolean!) {\n    valueChains(includeArchived: $includeArchived) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n": types.SettingsValueChainsDocument,
    "\n  mutation CreateValueChain($input: CreateValueChainInput!) {\n    createValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n": types.CreateValueChainDocument,
    "\n  mutation UpdateValueChain($input: UpdateValueChainInput!) {\n    updateValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n": types.UpdateValueChainDocument,
    "\n  mutation ArchiveValueChain($id: ID!, $version: Int!) {\n    archiveValueChain(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchiveValueChainDocument,
    "\n  fragment PartnerFields_partner on Partner {\n    id\n    name\n    kind\n    countryCode\n    contactName\n    contactEmail\n    contactPhone\n    website\n    notes\n    archivedAt\n    version\n  }\n": types.PartnerFields_PartnerFragmentDoc,
    "\n  query SettingsPartners($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerFields_partner\n        }\n      }\n    }\n  }\n": types.SettingsPartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  mutation ArchivePartner($id: ID!, $version: Int!) {\n    archivePartner(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchivePartnerDocument,
    "\n  fragment VentureCard_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    version\n    programId\n    ownerPerson {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    ownerCooperative {\n      id\n      name\n      nameAr\n    }\n  }\n": types.VentureCard_VentureFragmentDoc,
    "\n  query VenturesBoard($first: Int!, $filter: VentureFilter) {\n    ventures(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...VentureCard_venture\n        }\n      }\n    }\n  }\n": types.VenturesBoardDocument,
    "\n  query VentureFunnel($filter: VentureFilter) {\n    ventureFunnel(filter: $filter) {\n      stage\n      current\n      reached\n      conversion\n      medianDays\n    }\n  }\n": types.VentureFunnelDocument,
    "\n  query StageCriteria($programId: ID!, $stage: Stage) {\n    stageCriteria(programId: $programId, stage: $stage) {\n      id\n      labelFr\n      labelAr\n      position\n      stage\n    }\n  }\n": types.StageCriteriaDocument,
    "\n  mutation MoveVentureStage($input: MoveVentureStageInput!) {\n    moveVentureStage(input: $input) {\n      ...VentureCard_venture\n    }\n  }\n": types.MoveVentureStageDocument,
    "\n  query ValueChainOptions {\n    valueChains {\n      id\n      nameFr\n      nameAr\n    }\n  }\n": types.ValueChainOptionsDocument,
    "\n  query Venture($id: ID!) {\n    venture(id: $id) {\n      ...VentureCard_venture\n      description\n      valueChainId\n      provinceCode\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        changedOn\n        note\n        evidence\n        justification\n      }\n      actionItems(includeClosed: true) {\n        id\n        title\n        dueOn\n        status\n        overdue\n      }\n      results {\n        id\n        periodKind\n        periodStart\n        revenue\n        costs\n        jobsTotal\n      }\n      referrals {\n        id\n        partnerName\n        kind\n        outcome\n        referredOn\n        amount\n      }\n    }\n  }\n": types.VentureDocument,
    "\n  query VentureOwner($personId: ID!, $withPerson: Boolean!, $cooperativeId: ID!, $withCooperative: Boolean!) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    cooperative(id: $cooperativeId) @include(if: $withCooperative) {\n      id\n      name\n      nameAr\n    }\n  }\n": types.VentureOwnerDocument,
    "\n  query CooperativeOwnerSearch($search: String!) {\n    cooperatives(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nameAr\n        }\n      }\n    }\n  }\n": types.CooperativeOwnerSearchDocument,
    "\n  mutation CreateVenture($input: CreateVentureInput!) {\n    createVenture(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateVentureDocument,
    "\n  mutation UpdateVenture($input: UpdateVentureInput!) {\n    updateVenture(input: $input) {\n      id\n      title\n      description\n      valueChainId\n      regionCode\n      provinceCode\n      programId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateVentureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntry_entry on AuditEntry {\n    seq\n    occurredAt\n    actorRole\n    ip\n    action\n    entity\n    entityId\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntry_entry on AuditEntry {\n    seq\n    occurredAt\n    actorRole\n    ip\n    action\n    entity\n    entityId\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($subjectType: AuditSubject!, $id: ID!, $first: Int, $after: String) {\n    recordHistory(subjectType: $subjectType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordHistory($subjectType: AuditSubject!, $id: ID!, $first: Int, $after: String) {\n    recordHistory(subjectType: $subjectType, id: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntry_entry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerification {\n    auditVerification {\n      ok\n      seals\n      rowsSealed\n      brokenSealId\n    }\n  }\n"): (typeof documents)["\n  query AuditVerification {\n    auditVerification {\n      ok\n      seals\n      rowsSealed\n      brokenSealId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    displayName\n    locale\n    organization {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachProfileFields_profile on CoachProfile {\n    userId\n    expertise\n    languages\n    regionCodes\n    valueChainIds\n    weeklyCapacityHours\n    external\n    bio\n    version\n  }\n"): (typeof documents)["\n  fragment CoachProfileFields_profile on CoachProfile {\n    userId\n    expertise\n    languages\n    regionCodes\n    valueChainIds\n    weeklyCapacityHours\n    external\n    bio\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachesOverview {\n    coaches {\n      id\n      displayName\n      email\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachesOverview {\n    coaches {\n      id\n      displayName\n      email\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCoachProfile {\n    me {\n      id\n      displayName\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCoachProfile {\n    me {\n      id\n      displayName\n      activeAssignees\n      coachProfile {\n        ...CoachProfileFields_profile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCoachProfile($input: CoachProfileInput!) {\n    saveCoachProfile(input: $input) {\n      ...CoachProfileFields_profile\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCoachProfile($input: CoachProfileInput!) {\n    saveCoachProfile(input: $input) {\n      ...CoachProfileFields_profile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cooperatives($first: Int!, $after: String, $filter: CooperativeFilter) {\n    cooperatives(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          nameAr\n          legalForm\n          region {\n            code\n            nameFr\n            nameAr\n          }\n          members {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cooperatives($first: Int!, $after: String, $filter: CooperativeFilter) {\n    cooperatives(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          nameAr\n          legalForm\n          region {\n            code\n            nameFr\n            nameAr\n          }\n          members {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cooperative($id: ID!) {\n    cooperative(id: $id) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      members {\n        id\n        role\n        since\n        until\n        personId\n        person {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n      ventures {\n        id\n        title\n        stage\n        daysInStage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cooperative($id: ID!) {\n    cooperative(id: $id) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      members {\n        id\n        role\n        since\n        until\n        personId\n        person {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n      ventures {\n        id\n        title\n        stage\n        daysInStage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperativePersonSearch($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CooperativePersonSearch($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCooperative($input: CreateCooperativeInput!) {\n    createCooperative(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCooperative($input: CreateCooperativeInput!) {\n    createCooperative(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCooperativeMember($input: AddMemberInput!) {\n    addCooperativeMember(input: $input) {\n      id\n      role\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation AddCooperativeMember($input: AddMemberInput!) {\n    addCooperativeMember(input: $input) {\n      id\n      role\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCooperativeMembership($memberId: ID!, $until: String) {\n    endCooperativeMembership(memberId: $memberId, until: $until) {\n      id\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation EndCooperativeMembership($memberId: ID!, $until: String) {\n    endCooperativeMembership(memberId: $memberId, until: $until) {\n      id\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCooperative($input: UpdateCooperativeInput!) {\n    updateCooperative(input: $input) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCooperative($input: UpdateCooperativeInput!) {\n    updateCooperative(input: $input) {\n      id\n      name\n      nameAr\n      legalForm\n      registrationNumber\n      createdOn\n      commune\n      provinceCode\n      valueChainId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCooperative($input: ArchiveInput!) {\n    archiveCooperative(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCooperative($input: ArchiveInput!) {\n    archiveCooperative(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolPeople($input: EnrolPeopleInput!) {\n    enrolPeople(input: $input) {\n      id\n      personId\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolPeople($input: EnrolPeopleInput!) {\n    enrolPeople(input: $input) {\n      id\n      personId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps($filter: FollowUpFilter, $first: Int, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps($filter: FollowUpFilter, $first: Int, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowUpItem_followUp\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    months\n    dueOn\n    status\n    overdue\n    stillOperating\n    revenue\n    jobsTotal\n    jobsWomen\n    jobsYouth\n    note\n    recordedAt\n    version\n    person {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    program {\n      id\n      name\n    }\n    coach {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    months\n    dueOn\n    status\n    overdue\n    stillOperating\n    revenue\n    jobsTotal\n    jobsWomen\n    jobsYouth\n    note\n    recordedAt\n    version\n    person {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    program {\n      id\n      name\n    }\n    coach {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpRates($programId: ID) {\n    followUpRates(programId: $programId) {\n      months\n      due\n      overdue\n      recorded\n      stillOperating\n      survivalRate\n    }\n  }\n"): (typeof documents)["\n  query FollowUpRates($programId: ID) {\n    followUpRates(programId: $programId) {\n      months\n      due\n      overdue\n      recorded\n      stillOperating\n      survivalRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      ...FollowUpItem_followUp\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      ...FollowUpItem_followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAlerts {\n    alerts(limit: 30) {\n      kind\n      ventureId\n      personId\n      actionItemId\n      followUpId\n      label\n      days\n    }\n  }\n"): (typeof documents)["\n  query HomeAlerts {\n    alerts(limit: 30) {\n      kind\n      ventureId\n      personId\n      actionItemId\n      followUpId\n      label\n      days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactDashboard($filter: ImpactFilter) {\n    impact(filter: $filter) {\n      asOf\n      source\n      beneficiaries\n      women\n      womenShare\n      neet\n      neetShare\n      rural\n      ruralShare\n      youth\n      youthShare\n      regionsCovered\n      cooperatives\n      cooperativeMembers\n      sessionsDelivered\n      sessionHours\n      peopleTrained\n      ventures\n      venturesOperating\n      venturesOperatingShare\n      revenue\n      jobsCreated\n      droppedOut\n      dropoutRate\n      byRegion {\n        regionCode\n        beneficiaries\n        women\n      }\n      byGender {\n        gender\n        beneficiaries\n      }\n      byStage {\n        stage\n        ventures\n        reached\n        conversionFromPrevious\n      }\n      byPeriod(granularity: MONTH) {\n        period\n        beneficiaries\n        sessionsDelivered\n      }\n      byCoach {\n        coachId\n        displayName\n        sessions\n        hours\n      }\n      targets {\n        programId\n        programName\n        indicator\n        target\n        actual\n        progress\n        expected\n        onPace\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactDashboard($filter: ImpactFilter) {\n    impact(filter: $filter) {\n      asOf\n      source\n      beneficiaries\n      women\n      womenShare\n      neet\n      neetShare\n      rural\n      ruralShare\n      youth\n      youthShare\n      regionsCovered\n      cooperatives\n      cooperativeMembers\n      sessionsDelivered\n      sessionHours\n      peopleTrained\n      ventures\n      venturesOperating\n      venturesOperatingShare\n      revenue\n      jobsCreated\n      droppedOut\n      dropoutRate\n      byRegion {\n        regionCode\n        beneficiaries\n        women\n      }\n      byGender {\n        gender\n        beneficiaries\n      }\n      byStage {\n        stage\n        ventures\n        reached\n        conversionFromPrevious\n      }\n      byPeriod(granularity: MONTH) {\n        period\n        beneficiaries\n        sessionsDelivered\n      }\n      byCoach {\n        coachId\n        displayName\n        sessions\n        hours\n      }\n      targets {\n        programId\n        programName\n        indicator\n        target\n        actual\n        progress\n        expected\n        onPace\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactPeople($measure: ImpactPeopleMeasure!, $filter: ImpactFilter, $after: String) {\n    impactPeople(measure: $measure, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactPeople($measure: ImpactPeopleMeasure!, $filter: ImpactFilter, $after: String) {\n    impactPeople(measure: $measure, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      uploadId\n      fileName\n      mapping {\n        header\n        column\n      }\n      ignoredColumns\n      rows\n      totalRows\n      created\n      updated\n      unchanged\n      rejectedRows\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      uploadId\n      fileName\n      mapping {\n        header\n        column\n      }\n      ignoredColumns\n      rows\n      totalRows\n      created\n      updated\n      unchanged\n      rejectedRows\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPeopleImport($input: PeopleImportInput!) {\n    startPeopleImport(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartPeopleImport($input: PeopleImportInput!) {\n    startPeopleImport(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      totalRows\n      createdCount\n      updatedCount\n      unchangedCount\n      rejectedCount\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportRun($id: ID!) {\n    importRun(id: $id) {\n      id\n      fileName\n      status\n      progress\n      totalRows\n      createdCount\n      updatedCount\n      unchangedCount\n      rejectedCount\n      problems {\n        row\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRuns($first: Int!, $after: String) {\n    importRuns(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          dryRun\n          startedAt\n          ranBy\n          totalRows\n          createdCount\n          updatedCount\n          unchangedCount\n          rejectedCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportRuns($first: Int!, $after: String) {\n    importRuns(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          dryRun\n          startedAt\n          ranBy\n          totalRows\n          createdCount\n          updatedCount\n          unchangedCount\n          rejectedCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicatePerson on Person {\n    id\n    version\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    commune\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DuplicatePerson on Person {\n    id\n    version\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    commune\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDuplicates($first: Int, $after: String) {\n    personDuplicates(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          reason\n          similarity\n          person {\n            ...DuplicatePerson\n          }\n          other {\n            ...DuplicatePerson\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonDuplicates($first: Int, $after: String) {\n    personDuplicates(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          reason\n          similarity\n          person {\n            ...DuplicatePerson\n          }\n          other {\n            ...DuplicatePerson\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MergePeople($input: MergePeopleInput!) {\n    mergePeople(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissPersonDuplicate($input: PersonPairInput!) {\n    dismissPersonDuplicate(input: $input)\n  }\n"): (typeof documents)["\n  mutation DismissPersonDuplicate($input: PersonPairInput!) {\n    dismissPersonDuplicate(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($id: ID!, $version: Int!, $done: Boolean!) {\n    completeActionItem(id: $id, version: $version, done: $done) {\n      id\n      status\n      overdue\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($id: ID!, $version: Int!, $done: Boolean!) {\n    completeActionItem(id: $id, version: $version, done: $done) {\n      id\n      status\n      overdue\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMonthlySales($input: RecordEconomicResultInput!) {\n    recordEconomicResult(input: $input) {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n      ventureId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMonthlySales($input: RecordEconomicResultInput!) {\n    recordEconomicResult(input: $input) {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n      ventureId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAttendance($sessionId: ID!) {\n    confirmAttendance(sessionId: $sessionId) {\n      id\n      participants {\n        personId\n        confirmedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAttendance($sessionId: ID!) {\n    confirmAttendance(sessionId: $sessionId) {\n      id\n      participants {\n        personId\n        confirmedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneyVenture_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    stageHistory {\n      id\n      fromStage\n      toStage\n      changedOn\n      note\n    }\n    actionItems {\n      id\n      title\n      dueOn\n      status\n      overdue\n      ownerKind\n      version\n    }\n    results {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n    }\n    resultsSummary {\n      lastPeriodRevenue\n      revenueGrowth\n      totalJobs\n    }\n  }\n"): (typeof documents)["\n  fragment JourneyVenture_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    stageHistory {\n      id\n      fromStage\n      toStage\n      changedOn\n      note\n    }\n    actionItems {\n      id\n      title\n      dueOn\n      status\n      overdue\n      ownerKind\n      version\n    }\n    results {\n      id\n      periodKind\n      periodStart\n      revenue\n      version\n    }\n    resultsSummary {\n      lastPeriodRevenue\n      revenueGrowth\n      totalJobs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneySession_session on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    place\n    mode\n    participants {\n      personId\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  fragment JourneySession_session on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    place\n    mode\n    participants {\n      personId\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJourney {\n    myJourney {\n      person {\n        id\n        firstName\n        firstNameAr\n      }\n      ventures {\n        ...JourneyVenture_venture\n      }\n      upcomingSessions {\n        ...JourneySession_session\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyJourney {\n    myJourney {\n      person {\n        id\n        firstName\n        firstNameAr\n      }\n      ventures {\n        ...JourneyVenture_venture\n      }\n      upcomingSessions {\n        ...JourneySession_session\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonListItem_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    area\n    neet\n    listedPhone: phone\n    birthYear: birthDate\n    archivedAt\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    enrolments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query Coaches {\n    coaches {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolPerson($input: EnrolPersonInput!) {\n    enrolPerson(input: $input) {\n      ...EnrolmentItem_enrolment\n      personId\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {\n    updateEnrolment(input: $input) {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"): (typeof documents)["\n  query LikelyDuplicates($input: CreatePersonInput!) {\n    likelyDuplicates(input: $input) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n      birthDate\n      nationalIdMasked\n      region {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonListItem_person\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment EnrolmentItem_enrolment on Enrolment {\n    id\n    status\n    dropoutReason\n    enrolledOn\n    version\n    program {\n      id\n      name\n      leads {\n        id\n      }\n    }\n    cohort {\n      id\n      name\n    }\n    coaches {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    consentGivenBy\n    erasedAt\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"): (typeof documents)["\n  fragment PersonDetails_person on Person {\n    id\n    firstName\n    lastName\n    firstNameAr\n    lastNameAr\n    gender\n    birthDate\n    phone\n    nationalIdMasked\n    regionCode\n    region {\n      code\n      nameFr\n      nameAr\n    }\n    provinceCode\n    commune\n    locality\n    area\n    educationLevel\n    neet\n    preferredLocale\n    consentAt\n    consentVersion\n    consentChannel\n    consentGivenBy\n    erasedAt\n    version\n    archivedAt\n    createdAt\n    enrolments {\n      ...EnrolmentItem_enrolment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetails_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      ...PersonDetails_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePerson($id: ID!, $version: Int!) {\n    archivePerson(id: $id, version: $version) {\n      id\n      version\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n"): (typeof documents)["\n  query RevealNationalId($personId: ID!) {\n    revealNationalId(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentNotice {\n    consentNotice {\n      id\n      version\n      textAr\n      textFr\n      textEn\n    }\n  }\n"): (typeof documents)["\n  query ConsentNotice {\n    consentNotice {\n      id\n      version\n      textAr\n      textFr\n      textEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($id: ID!, $confirmation: String!) {\n    erasePerson(id: $id, confirmation: $confirmation) {\n      personId\n      pseudonym\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($id: ID!, $confirmation: String!) {\n    erasePerson(id: $id, confirmation: $confirmation) {\n      personId\n      pseudonym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacySettings {\n    consentNotices {\n      id\n      version\n      textAr\n      textFr\n      textEn\n      createdAt\n    }\n    complianceRecord {\n      version\n      hostingLocation\n      updatedAt\n      peopleWithNationalId\n      nationalIdAuthorised\n      processors {\n        name\n        purpose\n        country\n      }\n      declarations {\n        processing\n        kind\n        number\n        grantedOn\n      }\n      retention {\n        category\n        years\n      }\n    }\n    retentionRuns(first: 10) {\n      id\n      asOf\n      ranAt\n      pseudonymised\n      rules {\n        category\n        years\n        pseudonymised\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrivacySettings {\n    consentNotices {\n      id\n      version\n      textAr\n      textFr\n      textEn\n      createdAt\n    }\n    complianceRecord {\n      version\n      hostingLocation\n      updatedAt\n      peopleWithNationalId\n      nationalIdAuthorised\n      processors {\n        name\n        purpose\n        country\n      }\n      declarations {\n        processing\n        kind\n        number\n        grantedOn\n      }\n      retention {\n        category\n        years\n      }\n    }\n    retentionRuns(first: 10) {\n      id\n      asOf\n      ranAt\n      pseudonymised\n      rules {\n        category\n        years\n        pseudonymised\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConsentNotice($input: ConsentNoticeInput!) {\n    publishConsentNotice(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishConsentNotice($input: ConsentNoticeInput!) {\n    publishConsentNotice(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComplianceRecord($input: ComplianceRecordInput!) {\n    updateComplianceRecord(input: $input) {\n      version\n      hostingLocation\n      updatedAt\n      nationalIdAuthorised\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComplianceRecord($input: ComplianceRecordInput!) {\n    updateComplianceRecord(input: $input) {\n      version\n      hostingLocation\n      updatedAt\n      nationalIdAuthorised\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramLeads {\n    programLeads {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query ProgramLeads {\n    programLeads {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramPartnerOptions {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramPartnerOptions {\n    partners(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramTargets($id: ID!) {\n    program(id: $id) {\n      id\n      stallAfterDays\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramTargets($id: ID!) {\n    program(id: $id) {\n      id\n      stallAfterDays\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      ...ProgramDetails_program\n      stallAfterDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      ...ProgramDetails_program\n      stallAfterDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProgramTargets($input: SetProgramTargetsInput!) {\n    setProgramTargets(input: $input) {\n      id\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetProgramTargets($input: SetProgramTargetsInput!) {\n    setProgramTargets(input: $input) {\n      id\n      targets {\n        id\n        indicator\n        targetValue\n        dueOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramOptions {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          leads {\n            id\n          }\n          cohorts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramListItem_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    archivedAt\n    cohorts {\n      id\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    partners {\n      id\n      name\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramDetails_program on Program {\n    id\n    name\n    description\n    startsOn\n    endsOn\n    regionCodes\n    version\n    archivedAt\n    cohorts {\n      id\n      name\n      startsOn\n      endsOn\n    }\n    partners {\n      id\n      name\n    }\n    leads {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgramListItem_program\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n"): (typeof documents)["\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails_program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      ...ProgramDetails_program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      code\n      nameFr\n      nameAr\n      provinces {\n        code\n        nameFr\n        nameAr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    topics\n    notes\n    nextSteps\n    cancelReason\n    capacity\n    seriesId\n    version\n    coaches {\n      id\n      displayName\n    }\n    participants {\n      personId\n      attendance\n      confirmedAt\n      waitlisted\n      waitlistRank\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    topics\n    notes\n    nextSteps\n    cancelReason\n    capacity\n    seriesId\n    version\n    coaches {\n      id\n      displayName\n    }\n    participants {\n      personId\n      attendance\n      confirmedAt\n      waitlisted\n      waitlistRank\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    notes\n    nextSteps\n    version\n    participants {\n      personId\n      attendance\n      waitlisted\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    mode\n    place\n    status\n    toLog\n    notes\n    nextSteps\n    version\n    participants {\n      personId\n      attendance\n      waitlisted\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($toLogFilter: SessionFilter!, $comingFilter: SessionFilter!) {\n    toLog: sessions(first: 20, filter: $toLogFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n    coming: sessions(first: 40, filter: $comingFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agenda($toLogFilter: SessionFilter!, $comingFilter: SessionFilter!) {\n    toLog: sessions(first: 20, filter: $toLogFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n    coming: sessions(first: 40, filter: $comingFilter) {\n      edges {\n        node {\n          ...AgendaSession\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckSessionSlot($input: SlotCheckInput!) {\n    checkSessionSlot(input: $input) {\n      coachClashes {\n        coachId\n        startsAt\n        endsAt\n      }\n      participantClashes {\n        personId\n        startsAt\n        endsAt\n      }\n      outsideWorkingHours\n      freeSlots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckSessionSlot($input: SlotCheckInput!) {\n    checkSessionSlot(input: $input) {\n      coachClashes {\n        coachId\n        startsAt\n        endsAt\n      }\n      participantClashes {\n        personId\n        startsAt\n        endsAt\n      }\n      outsideWorkingHours\n      freeSlots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantSearch($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantSearch($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          firstNameAr\n          lastNameAr\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSessionParticipant($input: RemoveParticipantInput!) {\n    removeSessionParticipant(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSessionParticipant($input: RemoveParticipantInput!) {\n    removeSessionParticipant(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSessionParticipants($input: AddParticipantsInput!) {\n    addSessionParticipants(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddSessionParticipants($input: AddParticipantsInput!) {\n    addSessionParticipants(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTrainingRecord($id: ID!) {\n    person(id: $id) {\n      id\n      trainingRecord {\n        trainings\n        attended\n        excused\n        absent\n        attendanceRate\n        absencesInARow\n      }\n    }\n    sessions(first: 50, filter: { personId: $id, kind: TRAINING }) {\n      edges {\n        node {\n          id\n          startsAt\n          status\n          topics\n          participants {\n            personId\n            attendance\n            waitlisted\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTrainingRecord($id: ID!) {\n    person(id: $id) {\n      id\n      trainingRecord {\n        trainings\n        attended\n        excused\n        absent\n        attendanceRate\n        absencesInARow\n      }\n    }\n    sessions(first: 50, filter: { personId: $id, kind: TRAINING }) {\n      edges {\n        node {\n          id\n          startsAt\n          status\n          topics\n          participants {\n            personId\n            attendance\n            waitlisted\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    status\n    place\n    version\n    coaches {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarSession on Session {\n    id\n    kind\n    startsAt\n    endsAt\n    status\n    place\n    version\n    coaches {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarSessions($filter: SessionFilter!) {\n    sessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          ...CalendarSession\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarSessions($filter: SessionFilter!) {\n    sessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          ...CalendarSession\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...CalendarSession\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...CalendarSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortAssignmentPreview($cohortId: ID!) {\n    cohortAssignmentPreview(cohortId: $cohortId) {\n      ...CohortPlan\n    }\n  }\n"): (typeof documents)["\n  query CohortAssignmentPreview($cohortId: ID!) {\n    cohortAssignmentPreview(cohortId: $cohortId) {\n      ...CohortPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCohortCoaches($input: AssignCohortCoachesInput!) {\n    assignCohortCoaches(input: $input) {\n      ...CohortPlan\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCohortCoaches($input: AssignCohortCoachesInput!) {\n    assignCohortCoaches(input: $input) {\n      ...CohortPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortPlan on CohortAssignmentPlan {\n    cohortId\n    assignments {\n      enrolmentId\n      personId\n      coachId\n      travel\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n    unassignedPersonIds\n    loads {\n      coachId\n      capacity\n      loadBefore\n      loadAfter\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CohortPlan on CohortAssignmentPlan {\n    cohortId\n    assignments {\n      enrolmentId\n      personId\n      coachId\n      travel\n      person {\n        id\n        firstName\n        lastName\n        firstNameAr\n        lastNameAr\n      }\n    }\n    unassignedPersonIds\n    loads {\n      coachId\n      capacity\n      loadBefore\n      loadAfter\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsValueChains($includeArchived: Boolean!) {\n    valueChains(includeArchived: $includeArchived) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query SettingsValueChains($includeArchived: Boolean!) {\n    valueChains(includeArchived: $includeArchived) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateValueChain($input: CreateValueChainInput!) {\n    createValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateValueChain($input: CreateValueChainInput!) {\n    createValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateValueChain($input: UpdateValueChainInput!) {\n    updateValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateValueChain($input: UpdateValueChainInput!) {\n    updateValueChain(input: $input) {\n      id\n      nameFr\n      nameAr\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveValueChain($id: ID!, $version: Int!) {\n    archiveValueChain(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveValueChain($id: ID!, $version: Int!) {\n    archiveValueChain(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields_partner on Partner {\n    id\n    name\n    kind\n    countryCode\n    contactName\n    contactEmail\n    contactPhone\n    website\n    notes\n    archivedAt\n    version\n  }\n"): (typeof documents)["\n  fragment PartnerFields_partner on Partner {\n    id\n    name\n    kind\n    countryCode\n    contactName\n    contactEmail\n    contactPhone\n    website\n    notes\n    archivedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPartners($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerFields_partner\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsPartners($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerFields_partner\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields_partner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePartner($id: ID!, $version: Int!) {\n    archivePartner(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePartner($id: ID!, $version: Int!) {\n    archivePartner(id: $id, version: $version) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VentureCard_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    version\n    programId\n    ownerPerson {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    ownerCooperative {\n      id\n      name\n      nameAr\n    }\n  }\n"): (typeof documents)["\n  fragment VentureCard_venture on Venture {\n    id\n    title\n    stage\n    stageSince\n    daysInStage\n    version\n    programId\n    ownerPerson {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    ownerCooperative {\n      id\n      name\n      nameAr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenturesBoard($first: Int!, $filter: VentureFilter) {\n    ventures(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...VentureCard_venture\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenturesBoard($first: Int!, $filter: VentureFilter) {\n    ventures(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...VentureCard_venture\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VentureFunnel($filter: VentureFilter) {\n    ventureFunnel(filter: $filter) {\n      stage\n      current\n      reached\n      conversion\n      medianDays\n    }\n  }\n"): (typeof documents)["\n  query VentureFunnel($filter: VentureFilter) {\n    ventureFunnel(filter: $filter) {\n      stage\n      current\n      reached\n      conversion\n      medianDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StageCriteria($programId: ID!, $stage: Stage) {\n    stageCriteria(programId: $programId, stage: $stage) {\n      id\n      labelFr\n      labelAr\n      position\n      stage\n    }\n  }\n"): (typeof documents)["\n  query StageCriteria($programId: ID!, $stage: Stage) {\n    stageCriteria(programId: $programId, stage: $stage) {\n      id\n      labelFr\n      labelAr\n      position\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveVentureStage($input: MoveVentureStageInput!) {\n    moveVentureStage(input: $input) {\n      ...VentureCard_venture\n    }\n  }\n"): (typeof documents)["\n  mutation MoveVentureStage($input: MoveVentureStageInput!) {\n    moveVentureStage(input: $input) {\n      ...VentureCard_venture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValueChainOptions {\n    valueChains {\n      id\n      nameFr\n      nameAr\n    }\n  }\n"): (typeof documents)["\n  query ValueChainOptions {\n    valueChains {\n      id\n      nameFr\n      nameAr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Venture($id: ID!) {\n    venture(id: $id) {\n      ...VentureCard_venture\n      description\n      valueChainId\n      provinceCode\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        changedOn\n        note\n        evidence\n        justification\n      }\n      actionItems(includeClosed: true) {\n        id\n        title\n        dueOn\n        status\n        overdue\n      }\n      results {\n        id\n        periodKind\n        periodStart\n        revenue\n        costs\n        jobsTotal\n      }\n      referrals {\n        id\n        partnerName\n        kind\n        outcome\n        referredOn\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Venture($id: ID!) {\n    venture(id: $id) {\n      ...VentureCard_venture\n      description\n      valueChainId\n      provinceCode\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        changedOn\n        note\n        evidence\n        justification\n      }\n      actionItems(includeClosed: true) {\n        id\n        title\n        dueOn\n        status\n        overdue\n      }\n      results {\n        id\n        periodKind\n        periodStart\n        revenue\n        costs\n        jobsTotal\n      }\n      referrals {\n        id\n        partnerName\n        kind\n        outcome\n        referredOn\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VentureOwner($personId: ID!, $withPerson: Boolean!, $cooperativeId: ID!, $withCooperative: Boolean!) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    cooperative(id: $cooperativeId) @include(if: $withCooperative) {\n      id\n      name\n      nameAr\n    }\n  }\n"): (typeof documents)["\n  query VentureOwner($personId: ID!, $withPerson: Boolean!, $cooperativeId: ID!, $withCooperative: Boolean!) {\n    person(id: $personId) @include(if: $withPerson) {\n      id\n      firstName\n      lastName\n      firstNameAr\n      lastNameAr\n    }\n    cooperative(id: $cooperativeId) @include(if: $withCooperative) {\n      id\n      name\n      nameAr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperativeOwnerSearch($search: String!) {\n    cooperatives(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nameAr\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CooperativeOwnerSearch($search: String!) {\n    cooperatives(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nameAr\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenture($input: CreateVentureInput!) {\n    createVenture(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenture($input: CreateVentureInput!) {\n    createVenture(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenture($input: UpdateVentureInput!) {\n    updateVenture(input: $input) {\n      id\n      title\n      description\n      valueChainId\n      regionCode\n      provinceCode\n      programId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenture($input: UpdateVentureInput!) {\n    updateVenture(input: $input) {\n      id\n      title\n      description\n      valueChainId\n      regionCode\n      provinceCode\n      programId\n      version\n      region {\n        code\n        nameFr\n        nameAr\n      }\n      program {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;