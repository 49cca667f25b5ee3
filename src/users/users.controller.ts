import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../access/access.decorator.js';
import { type Actor, CurrentActor } from '../access/actor.js';
import type { Page } from '../common/pagination.js';
import { CreateUserDto, UpdateUserDto, UserDto, UserPageDto, UserQuery } from './dto/user.dto.js';
import { UsersService } from './users.service.js';
import { ApiProblem } from '../common/openapi.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Access('users:manage')
  @ApiOperation({ operationId: 'createUser', summary: 'Create an account (system_admin)' })
  @ApiCreatedResponse({ type: UserDto })
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.create(dto, actor);
  }

  @Get()
  @Access('users:manage')
  @ApiOkResponse({ type: UserPageDto })
  @ApiOperation({
    operationId: 'listUsers',
    summary: 'Accounts, filtered by organisation, role or status',
  })
  list(@Query() query: UserQuery): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Get(':id')
  @Access('users:manage')
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({ operationId: 'getUser', summary: 'An account, with its roles and areas' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @Access('users:manage')
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Change roles, areas, status or password; reset the second factor',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiProblem(
    422,
    'Roles that do not go together, areas outside the organisation, a weak password, or one’s own account',
  )
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return this.users.update(id, dto, actor);
  }
}
