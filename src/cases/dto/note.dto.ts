/** A case's notes: written by its team, some restricted. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Text } from '../../common/text.js';
import { NOTE_VISIBILITIES, type NoteVisibility } from '../entities/case-note.entity.js';
import { PERSON } from '../../common/openapi.js';

export class CreateNoteDto {
  @ApiProperty() @Text() text!: string;

  @ApiPropertyOptional({
    enum: NOTE_VISIBILITIES,
    default: 'case_team',
    description: 'restricted: the assigned worker, the approvers and the author only',
  })
  @IsOptional()
  @IsIn(NOTE_VISIBILITIES)
  visibility?: NoteVisibility;
}

export class NoteDto {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: NOTE_VISIBILITIES }) visibility!: NoteVisibility;
  @ApiProperty(PERSON) author!: { id: string; fullName: string };
  @ApiProperty() createdAt!: string;
}
