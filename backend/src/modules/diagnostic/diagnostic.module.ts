import { Module } from '@nestjs/common';
import { DiagnosticEvidenceController } from './diagnostic-evidence.controller';
import { DiagnosticGridService } from './diagnostic-grid.service';
import {
  CooperativeDiagnosticsResolver,
  DiagnosticGridResolver,
  DiagnosticProgressRowResolver,
  DiagnosticResolver,
  ImpactDiagnosticsResolver,
  VentureDiagnosticsResolver,
} from './diagnostic.resolver';
import { DiagnosticService } from './diagnostic.service';

@Module({
  controllers: [DiagnosticEvidenceController],
  providers: [
    DiagnosticGridService,
    DiagnosticService,
    DiagnosticGridResolver,
    DiagnosticResolver,
    DiagnosticProgressRowResolver,
    CooperativeDiagnosticsResolver,
    VentureDiagnosticsResolver,
    ImpactDiagnosticsResolver,
  ],
})
export class DiagnosticModule {}
