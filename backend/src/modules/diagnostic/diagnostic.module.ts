import { Module } from '@nestjs/common';
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
